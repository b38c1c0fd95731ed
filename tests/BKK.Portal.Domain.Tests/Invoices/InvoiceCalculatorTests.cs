using BKK.Portal.Domain.Consumption;
using BKK.Portal.Domain.Invoices;
using BKK.Portal.Domain.Meters;
using BKK.Portal.Domain.Tests.Consumption;

namespace BKK.Portal.Domain.Tests.Invoices;

public class InvoiceCalculatorTests
{
    public static readonly GridTariffPeriod Tariff = new(
        new DateOnly(2022, 7, 1), WinterDayRate: 0.2388m, WinterNightRate: 0.1588m, DayRate: 0.2782m, NightRate: 0.1982m,
        WinterConsumptionTax: 0.0979m, ConsumptionTax: 0.1253m, EnovaFeePerKwh: 0.01m, FixedChargePerMonth: 40m, VatRate: 0.25m);

    private static InvoiceDraft May2026(long whPerQuarter = 333, decimal interest = 0)
    {
        var may = new DateOnly(2026, 5, 1);
        var hours = ConsumptionAggregator.ToHours(Readings.Days(may, may.AddMonths(1), MeterResolution.QuarterHour, whPerQuarter));
        var capacity = CapacityStepCalculator.Calculate(may, hours, CapacityStepCalculatorTests.Example);
        return InvoiceCalculator.Calculate(may, hours, capacity, Tariff, interest);
    }

    [Fact]
    public void Line_sums_equal_the_totals_to_the_ore()
    {
        var invoice = May2026();

        Assert.Equal(invoice.Lines.Sum(l => l.AmountExclVat), invoice.AmountExclVat);
        Assert.Equal(invoice.AmountExclVat + invoice.Vat, invoice.AmountInclVat);
        Assert.All(invoice.Lines, l => Assert.Equal(Math.Round(l.AmountExclVat, 2), l.AmountExclVat));
        Assert.Equal(Money.Round(invoice.AmountExclVat * 0.25m), invoice.Vat);
    }

    [Fact]
    public void Energy_lines_sum_the_months_kwh_split_by_day_and_night_with_holidays_at_night()
    {
        var invoice = May2026(whPerQuarter: 250); // 1 kWh every hour
        var day = invoice.Lines.Single(l => l.Kind == InvoiceLineKind.EnergyDay).Quantity;
        var night = invoice.Lines.Single(l => l.Kind == InvoiceLineKind.EnergyNight).Quantity;

        Assert.Equal(31 * 24, day + night);
        Assert.Equal(invoice.EnergyKwh, day + night);
        // May 2026: 21 weekdays, of them 1 May, 14 May (Ascension Day) and 25 May (Whit Monday) are holidays; 16 h each.
        Assert.Equal(18 * 16, day);
        Assert.Equal(invoice.EnergyKwh, invoice.Lines.Single(l => l.Kind == InvoiceLineKind.ConsumptionTax).Quantity);
    }

    [Fact]
    public void The_capacity_line_is_the_months_step_without_vat()
    {
        var invoice = May2026(whPerQuarter: 1500); // 6 kW all month: the 5–10 kW step, 350 kr incl. VAT

        var line = invoice.Lines.Single(l => l.Kind == InvoiceLineKind.Capacity);
        Assert.Equal(350m, invoice.Capacity.Step.MonthlyPriceNok);
        Assert.Equal(280.00m, line.AmountExclVat);
        Assert.Equal(350.00m, line.AmountExclVat * 1.25m);
    }

    [Fact]
    public void Deferral_interest_is_a_line_without_vat()
    {
        var without = May2026();
        var with = May2026(interest: 95.89m);

        Assert.Equal(without.AmountExclVat + 95.89m, with.AmountExclVat);
        Assert.Equal(without.Vat, with.Vat);
    }

    [Theory]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    public void Easter_sunday_is_computed(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), NorwegianHolidays.EasterSunday(year));

    [Theory]
    [InlineData("2026-05-17", true)]
    [InlineData("2026-04-03", true)]  // Good Friday
    [InlineData("2026-05-25", true)]  // Whit Monday
    [InlineData("2026-05-18", false)]
    public void Public_holidays_are_known(string date, bool holiday) =>
        Assert.Equal(holiday, NorwegianHolidays.IsHoliday(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
}
