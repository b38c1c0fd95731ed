using BKK.Portal.Application.Consumption;
using BKK.Portal.Application.Invoices;
using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Consumption;
using BKK.Portal.Domain.Customers;
using BKK.Portal.Domain.Invoices;
using BKK.Portal.Domain.Meters;
using BKK.Portal.Domain.Prices;
using BKK.Portal.Infrastructure.DemoData;
using Microsoft.Extensions.Configuration;

namespace BKK.Portal.Application.Tests.Invoices;

/// <summary>
/// A month billed from its day sums (<see cref="MeterDaySum"/>, <see cref="MonthlyBilling.BillDays"/>) against the same
/// month billed value by value, as the invoice is: every line to the øre, the capacity step and its peaks, on DST months,
/// with quarter-hour values under hourly prices and hourly values under quarter-hour prices, negative prices and a gap.
/// </summary>
public sealed class DaySumBillingTests
{
    private static readonly IConfiguration Settings = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "portal-appsettings.json")).Build();

    private static readonly PriceSupportRules Support =
        Settings.GetSection(PriceSupportOptions.SectionName).Get<PriceSupportOptions>()!.ToRules();

    private static readonly CapacityTariffOptions Capacity = Settings.GetSection(CapacityTariffOptions.SectionName).Get<CapacityTariffOptions>()!;

    private static readonly MonthlyBilling Billing = new(
        new CapacityCharge(Capacity.ToTariff(), Capacity.SumQuarterHoursToHours),
        Settings.GetSection(GridTariffOptions.SectionName).Get<GridTariffOptions>()!.ToTariff(),
        Support,
        spotPrices: null!); // Bill and BillDays are given the prices

    private static readonly IReadOnlyList<CustomerRelationship> Relationships = DemoDataGenerator.Create(new DateOnly(2026, 11, 25)).Relationships;

    public static TheoryData<string, int, int, MeterResolution, int> Months => new()
    {
        // customer, year, month, meter resolution, price minutes
        { "10000017", 2026, 3, MeterResolution.QuarterHour, 60 }, // strømstøtte; spring DST day (23 hours)
        { "10000017", 2025, 10, MeterResolution.Hour, 15 },       // strømstøtte; autumn DST day (25 hours), hourly values split over quarter prices
        { "10000041", 2025, 10, MeterResolution.QuarterHour, 15 }, // Norgespris from October 2025
        { "10000041", 2026, 3, MeterResolution.Hour, 60 },
        { "10000025", 2026, 3, MeterResolution.QuarterHour, 60 }, // a holiday home without Norgespris: no support line
    };

    [Theory]
    [MemberData(nameof(Months))]
    public void A_month_from_its_day_sums_is_billed_as_from_its_values(string customerNumber, int year, int month, MeterResolution resolution, int priceMinutes)
    {
        var customer = Customer(customerNumber);
        var first = new DateOnly(year, month, 1);
        var readings = Readings(first, resolution, seed: year * 100 + month, scale: 1);
        var prices = Prices(first, priceMinutes);

        var fromValues = Billing.Bill(customer, first, readings, prices, deferralInterest: 0);
        var fromDays = Billing.BillDays(customer, PriceArea.NO5, first, DaySums(readings, prices));

        Assert.NotNull(fromDays);
        Assert.Equal(fromValues.Lines, fromDays.Lines);
        Assert.Equal(fromValues.EnergyKwh, fromDays.EnergyKwh);
        Assert.Equal(fromValues.Capacity.Peaks, fromDays.Capacity.Peaks);
        Assert.Equal(fromValues.Capacity.Step, fromDays.Capacity.Step);
        Assert.Equal(fromValues.AmountInclVat, fromDays.AmountInclVat);
        if (customerNumber != "10000025")
        {
            Assert.Contains(fromDays.Lines, l => l.Kind is InvoiceLineKind.Stromstotte or InvoiceLineKind.Norgespris && l.AmountExclVat != 0);
        }

        Assert.Contains(fromDays.Capacity.Peaks, p => p.Estimated); // the estimated values reach the peaks' flags
    }

    [Theory]
    [InlineData("10000017")]
    [InlineData("10000041")]
    public void Past_the_volume_cap_the_day_sums_give_way_to_the_values(string customerNumber)
    {
        var customer = Customer(customerNumber);
        var first = new DateOnly(2026, 1, 1);
        var readings = Readings(first, MeterResolution.QuarterHour, seed: 7, scale: 12); // about 18,000 kWh
        var prices = Prices(first, 15);

        Assert.Null(Billing.BillDays(customer, PriceArea.NO5, first, DaySums(readings, prices)));
        var line = Billing.Bill(customer, first, readings, prices, 0).Lines.Single(l => l.Kind is InvoiceLineKind.Stromstotte or InvoiceLineKind.Norgespris);
        Assert.True(line.Quantity is 4000 or 5000, $"capped at {line.Quantity} kWh");
    }

    [Fact]
    public void Day_sums_made_with_other_prices_another_threshold_or_another_area_are_not_used()
    {
        var customer = Customer("10000017");
        var first = new DateOnly(2026, 3, 1);
        var readings = Readings(first, MeterResolution.QuarterHour, seed: 3, scale: 1);
        var prices = Prices(first, 60);
        var days = DaySums(readings, prices);
        Assert.NotNull(Billing.BillDays(customer, PriceArea.NO5, first, days));

        days[10].PricesChanged = true;
        Assert.Null(Billing.BillDays(customer, PriceArea.NO5, first, days));

        var otherThreshold = MeterDaySum.Of(1, FlowDirection.Consumption, PriceArea.NO5, readings, prices, _ => 0.5m);
        Assert.Null(Billing.BillDays(customer, PriceArea.NO5, first, otherThreshold));

        Assert.Null(Billing.BillDays(customer, PriceArea.NO1, first, DaySums(readings, prices)));
    }

    [Fact]
    public void The_days_of_a_DST_month_are_Oslo_days_with_23_and_25_hours()
    {
        var readings = Readings(new DateOnly(2025, 10, 1), MeterResolution.QuarterHour, seed: 1, scale: 1);
        var days = DaySums(readings, Prices(new DateOnly(2025, 10, 1), 15));

        Assert.Equal(31, days.Count);
        Assert.Equal(100, days.Single(d => d.Day == new DateOnly(2025, 10, 26)).Values);
        Assert.All(days.Where(d => d.Day != new DateOnly(2025, 10, 26)), d => Assert.Equal(96, d.Values));
        Assert.Equal(readings.Sum(r => r.Wh), days.Sum(d => d.Wh));
    }

    private static List<MeterDaySum> DaySums(IReadOnlyList<Reading> readings, SpotPriceCurve prices) =>
        MeterDaySum.Of(1, FlowDirection.Consumption, PriceArea.NO5, readings, prices, m => Support.StromstotteFor(m)?.ThresholdNokPerKwh);

    private static CustomerRelationship Customer(string number)
    {
        var customer = Relationships.Single(r => r.CustomerNumber.Value == number);
        if (number == "10000041" && customer.NorgesprisFrom is null)
        {
            customer.ChooseNorgespris(new DateOnly(2025, 10, 1));
        }

        return customer;
    }

    /// <summary>A month of values with an evening peak, every 50th estimated (and the highest hour) and one missing.</summary>
    private static List<Reading> Readings(DateOnly first, MeterResolution resolution, int seed, int scale)
    {
        var random = new Random(seed);
        var readings = new List<Reading>();
        var n = 0;
        for (var t = OsloTime.ToUtc(first); t < OsloTime.ToUtc(first.AddMonths(1)); t = t.AddMinutes((int)resolution), n++)
        {
            var local = OsloTime.ToLocal(t);
            var peak = local.Day == 3 && local.Hour == 18; // an estimated hour, the month's highest
            var wh = (long)(random.Next(50, 400) * (local.Hour is >= 17 and < 21 ? 3 : 1) * (peak ? 10 : 1) * scale * (int)resolution / 15);
            var status = n == 500 ? MeterValueStatus.Missing : n % 50 == 7 || peak ? MeterValueStatus.Estimated : MeterValueStatus.Measured;
            readings.Add(new Reading(t, resolution, status == MeterValueStatus.Missing ? 0 : wh, status));
        }

        return readings;
    }

    /// <summary>Prices from −0.20 to 2.50 NOK/kWh in micro-NOK, with the 20th day's 03:00–05:00 left out.</summary>
    private static SpotPriceCurve Prices(DateOnly first, int minutes)
    {
        var random = new Random(minutes);
        var prices = new List<SpotPrice>();
        var gap = OsloTime.ToUtc(first.AddDays(19)).AddHours(3);
        for (var t = OsloTime.ToUtc(first); t < OsloTime.ToUtc(first.AddMonths(1)); t = t.AddMinutes(minutes))
        {
            if (t >= gap && t < gap.AddHours(2))
            {
                continue;
            }

            prices.Add(new SpotPrice(t, minutes, random.Next(-200_000, 2_500_000) / 1_000_000m));
        }

        return new SpotPriceCurve(PriceArea.NO5, prices);
    }
}
