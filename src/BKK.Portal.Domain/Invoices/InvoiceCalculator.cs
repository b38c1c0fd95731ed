using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Consumption;

namespace BKK.Portal.Domain.Invoices;

/// <summary>
/// Bills a month from its hourly consumption: the energy charge by day and night hours, the
/// month's capacity step (the same <see cref="CapacityResult"/> the Forbruk page shows; its
/// price incl. VAT is taken back to excl. VAT), the fixed charge, the consumption tax on every kWh, the Enova fee
/// (on every kWh for a household; a business's share of its yearly amount, given the relationship's <see cref="BusinessDays"/>), the price support (strømstøtte or Norgespris, <see cref="PriceSupportRules"/>),
/// interest of a payment deferral, and VAT on the sum.
/// </summary>
public static class InvoiceCalculator
{
    public static InvoiceDraft Calculate(
        DateOnly month, IReadOnlyList<HourValue> hours, CapacityResult capacity, GridTariffPeriod tariff, decimal deferralInterest = 0, InvoiceLineDraft? priceSupport = null,
        BusinessDays? businessEnova = null)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var (dayWh, nightWh) = EnergyByRate(hours, OsloTime.ToUtc(first), OsloTime.ToUtc(first.AddMonths(1)));
        return Calculate(first, dayWh, nightWh, capacity, tariff, deferralInterest, priceSupport, businessEnova);
    }

    /// <summary>
    /// The same from the month's energy at day rate and at night rate, in Wh. For a business, <c>businessEnova</c> holds
    /// the relationship's first and last day: the Enova fee is then its share of the year's amount.
    /// </summary>
    public static InvoiceDraft Calculate(
        DateOnly month, long dayWh, long nightWh, CapacityResult capacity, GridTariffPeriod tariff, decimal deferralInterest = 0, InvoiceLineDraft? priceSupport = null,
        BusinessDays? businessEnova = null)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var winter = GridTariffPeriod.IsWinter(first);
        var totalKwh = (dayWh + nightWh) / 1000m;
        var lines = new List<InvoiceLineDraft>
        {
            new(InvoiceLineKind.EnergyDay, "Energiledd dag (06–22 hverdager)", dayWh / 1000m, "kWh", winter ? tariff.WinterDayRate : tariff.DayRate),
            new(InvoiceLineKind.EnergyNight, "Energiledd natt og helg", nightWh / 1000m, "kWh", winter ? tariff.WinterNightRate : tariff.NightRate),
            new(InvoiceLineKind.Capacity, $"Kapasitetsledd, trinn {capacity.Step.Label}", 1, "mnd", Money.Round(capacity.Step.MonthlyPriceNok / (1 + tariff.VatRate))),
        };
        if (tariff.FixedChargePerMonth > 0)
        {
            lines.Add(new(InvoiceLineKind.FixedCharge, "Fastledd", 1, "mnd", tariff.FixedChargePerMonth));
        }

        lines.Add(new(InvoiceLineKind.ConsumptionTax, "Forbruksavgift (elavgift)", totalKwh, "kWh", winter ? tariff.WinterConsumptionTax : tariff.ConsumptionTax));
        if (businessEnova is { } business)
        {
            var (amount, days) = EnovaFee.BusinessMonth(tariff.EnovaFeePerYearBusiness, first, business.Start, business.End);
            lines.Add(new(InvoiceLineKind.EnovaFeeBusiness, $"Enova-avgift, næring ({tariff.EnovaFeePerYearBusiness:0} kr per år, {days} dager)", 1, "mnd", amount));
        }
        else
        {
            lines.Add(new(InvoiceLineKind.EnovaFee, "Enova-avgift", totalKwh, "kWh", tariff.EnovaFeePerKwh));
        }
        if (priceSupport is not null)
        {
            lines.Add(priceSupport);
        }

        if (deferralInterest > 0)
        {
            lines.Add(new(InvoiceLineKind.DeferralInterest, "Renter for betalingsutsettelse (uten mva.)", 1, "stk", Money.Round(deferralInterest)));
        }

        return new InvoiceDraft(first, lines, tariff.VatRate, totalKwh, capacity);
    }

    /// <summary>The Wh of the hours starting in [fromUtc, toUtc), at day rate and at night rate (<see cref="IsDayRate"/>).</summary>
    public static (long DayWh, long NightWh) EnergyByRate(IEnumerable<HourValue> hours, DateTime fromUtc, DateTime toUtc)
    {
        long dayWh = 0, nightWh = 0;
        foreach (var hour in hours)
        {
            if (hour.StartUtc < fromUtc || hour.StartUtc >= toUtc)
            {
                continue;
            }

            if (IsDayRate(OsloTime.ToLocal(hour.StartUtc)))
            {
                dayWh += hour.Wh;
            }
            else
            {
                nightWh += hour.Wh;
            }
        }

        return (dayWh, nightWh);
    }

    /// <summary>Weekdays 06–22 that are not public holidays.</summary>
    public static bool IsDayRate(DateTime local) =>
        local.Hour is >= 6 and < 22
        && local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !NorwegianHolidays.IsHoliday(DateOnly.FromDateTime(local));
}
