using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Consumption;

namespace BKK.Portal.Domain.Invoices;

public enum InvoiceLineKind
{
    EnergyDay = 1,
    EnergyNight = 2,
    Capacity = 3,
    FixedCharge = 4,
    ConsumptionTax = 5,
    EnovaFee = 6,
    DeferralInterest = 7,
    Stromstotte = 8,
    Norgespris = 9,
}

/// <summary>
/// One line of an invoice: quantity × unit price (NOK excl. VAT), the amount rounded to øre; or,
/// for a line summed hour by hour (price support), that sum rounded, with the average as unit price.
/// </summary>
public sealed record InvoiceLineDraft(InvoiceLineKind Kind, string Description, decimal Quantity, string Unit, decimal UnitPriceNok, decimal? SummedAmount = null)
{
    public decimal AmountExclVat => SummedAmount ?? Money.Round(Quantity * UnitPriceNok);

    /// <summary>Interest is not a sale of a service: no VAT on it.</summary>
    public bool VatExempt => Kind == InvoiceLineKind.DeferralInterest;
}

/// <summary>The lines and totals of one month's grid invoice for one metering point.</summary>
public sealed record InvoiceDraft(DateOnly Month, IReadOnlyList<InvoiceLineDraft> Lines, decimal VatRate, decimal EnergyKwh, CapacityResult Capacity)
{
    public decimal AmountExclVat => Lines.Sum(l => l.AmountExclVat);

    /// <summary>VAT on the sum of the lines it applies to (not per line), rounded once.</summary>
    public decimal Vat => Money.Vat(Lines.Where(l => !l.VatExempt).Sum(l => l.AmountExclVat), VatRate);

    public decimal AmountInclVat => AmountExclVat + Vat;
}

/// <summary>
/// Bills a month from its hourly consumption: the energy charge by day and night hours, the
/// month's capacity step (the same <see cref="CapacityResult"/> the Forbruk page shows; its
/// price incl. VAT is taken back to excl. VAT), the fixed charge, the consumption tax and the
/// Enova fee on every kWh, the price support (strømstøtte or Norgespris, <see cref="PriceSupportRules"/>),
/// interest of a payment deferral, and VAT on the sum.
/// </summary>
public static class InvoiceCalculator
{
    public static InvoiceDraft Calculate(DateOnly month, IReadOnlyList<HourValue> hours, CapacityResult capacity, GridTariffPeriod tariff, decimal deferralInterest = 0, InvoiceLineDraft? priceSupport = null)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var fromUtc = OsloTime.ToUtc(first);
        var toUtc = OsloTime.ToUtc(first.AddMonths(1));
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
        lines.Add(new(InvoiceLineKind.EnovaFee, "Enova-avgift", totalKwh, "kWh", tariff.EnovaFeePerKwh));
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

    /// <summary>Weekdays 06–22 that are not public holidays.</summary>
    public static bool IsDayRate(DateTime local) =>
        local.Hour is >= 6 and < 22
        && local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !NorwegianHolidays.IsHoliday(DateOnly.FromDateTime(local));
}
