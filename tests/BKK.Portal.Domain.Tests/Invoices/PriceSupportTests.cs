using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Consumption;
using BKK.Portal.Domain.Customers;
using BKK.Portal.Domain.Invoices;
using BKK.Portal.Domain.Prices;

namespace BKK.Portal.Domain.Tests.Invoices;

public class PriceSupportTests
{
    private static readonly DateOnly November = new(2025, 11, 1);
    private static readonly PriceSupportRules Rules = new(
        [new StromstottePeriod(new DateOnly(2024, 1, 1), 0.73m, 0.9m, 5000m)],
        new NorgesprisTerms(new DateOnly(2025, 10, 1), 0.40m, 4000m, 1000m));

    private static readonly DateTime FirstHour = OsloTime.ToUtc(November);

    private static CustomerRelationship Home(TariffType tariff = TariffType.Household) =>
        new(CustomerNumber.Parse("10000017").GetValueOrThrow(), "Kari Nordmann", CustomerType.Private, tariff, new DateOnly(2020, 1, 1));

    private static CustomerRelationship Business() =>
        new(CustomerNumber.Parse("20000016").GetValueOrThrow(), "Bakke Bakeri AS", CustomerType.Business, TariffType.BusinessLowVoltage,
            new DateOnly(2020, 1, 1), OrganisationNumber.Parse("974760673").GetValueOrThrow());

    /// <summary>The given kWh in the first hours of November, and a spot price for each.</summary>
    private static (List<HourValue> Hours, Dictionary<DateTime, decimal> Prices) Hours(params (decimal Kwh, decimal Spot)[] hours)
    {
        var values = hours.Select((h, i) => new HourValue(FirstHour.AddHours(i), (long)(h.Kwh * 1000), 1, 0, 0)).ToList();
        var prices = hours.Select((h, i) => (FirstHour.AddHours(i), h.Spot)).ToDictionary(p => p.Item1, p => p.Spot);
        return (values, prices);
    }

    /// <summary>The hours under hourly prices, as the billing puts them together.</summary>
    private static List<PricedEnergy> Priced(List<HourValue> hours, Dictionary<DateTime, decimal> prices) =>
        IntervalPricing.Price(hours, new SpotPriceCurve(PriceArea.NO5, prices.Select(p => new SpotPrice(p.Key, 60, p.Value))));

    [Fact]
    public void Strømstøtte_is_90_percent_of_the_spot_price_above_the_threshold_hour_by_hour()
    {
        var (hours, prices) = Hours((2m, 1.73m), (3m, 0.73m), (1m, 0.50m));

        var line = Rules.LineFor(Home(), November, Priced(hours, prices))!;

        Assert.Equal(InvoiceLineKind.Stromstotte, line.Kind);
        Assert.Equal(6m, line.Quantity); // every kWh counts toward the cap
        Assert.Equal(-1.80m, line.AmountExclVat); // 0.9 × (1.73 − 0.73) × 2; nothing at or below 73 øre
        Assert.Equal(-0.30m, line.UnitPriceNok);
    }

    [Fact]
    public void Strømstøtte_stops_at_the_monthly_volume_cap_in_time_order()
    {
        var (hours, prices) = Hours((4999m, 1.73m), (2m, 1.73m), (10m, 1.73m));

        var line = Rules.LineFor(Home(), November, Priced(hours, prices))!;

        Assert.Equal(5000m, line.Quantity);
        Assert.Equal(-4500.00m, line.AmountExclVat);
    }

    [Fact]
    public void An_hour_without_a_spot_price_gets_no_support()
    {
        var (hours, prices) = Hours((2m, 1.73m), (2m, 1.73m));
        prices.Remove(FirstHour.AddHours(1));

        var line = Rules.LineFor(Home(), November, Priced(hours, prices))!;

        Assert.Equal(2m, line.Quantity);
        Assert.Equal(-1.80m, line.AmountExclVat);
    }

    [Fact]
    public void Norgespris_credits_a_higher_spot_price_and_charges_a_lower_one_instead_of_strømstøtte()
    {
        var home = Home();
        home.ChooseNorgespris(new DateOnly(2025, 10, 15));
        var (hours, prices) = Hours((2m, 1.00m), (1m, 0.10m));

        var line = Rules.LineFor(home, November, Priced(hours, prices))!;

        Assert.Equal(new DateOnly(2025, 10, 1), home.NorgesprisFrom);
        Assert.Equal(InvoiceLineKind.Norgespris, line.Kind);
        Assert.Equal(-0.90m, line.AmountExclVat); // (0.40 − 1.00) × 2 + (0.40 − 0.10) × 1
        Assert.Contains("40 øre/kWh", line.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Norgespris_for_a_holiday_home_is_capped_at_its_own_volume()
    {
        var cabin = Home(TariffType.HolidayHome);
        cabin.ChooseNorgespris(November);
        var (hours, prices) = Hours((999m, 1.40m), (5m, 1.40m));

        var line = Rules.LineFor(cabin, November, Priced(hours, prices))!;

        Assert.Equal(1000m, line.Quantity);
        Assert.Equal(-1000.00m, line.AmountExclVat);
    }

    [Fact]
    public void Holiday_homes_without_norgespris_and_businesses_get_no_support_and_norgespris_counts_from_its_month()
    {
        var (hours, prices) = Hours((2m, 1.73m));
        var later = Home();
        later.ChooseNorgespris(new DateOnly(2025, 12, 1));

        Assert.Null(Rules.LineFor(Home(TariffType.HolidayHome), November, Priced(hours, prices)));
        Assert.Null(Rules.LineFor(Business(), November, Priced(hours, prices)));
        Assert.Equal(InvoiceLineKind.Stromstotte, Rules.LineFor(later, November, Priced(hours, prices))!.Kind);
        Assert.False(PriceSupportRules.MayChooseNorgespris(Business()));
    }

    [Fact]
    public void Before_the_first_strømstøtte_period_there_is_none()
    {
        var (hours, prices) = Hours((2m, 1.73m));

        Assert.Null(Rules.LineFor(Home(), new DateOnly(2023, 11, 1), Priced(hours, prices)));
    }

    [Fact]
    public void The_support_line_lowers_the_vat_base_and_the_invoice_sums_to_the_ore()
    {
        var (hours, prices) = Hours((2m, 1.73m), (3m, 0.90m));
        var line = Rules.LineFor(Home(), November, Priced(hours, prices))!;
        var capacity = CapacityStepCalculator.Calculate(November, hours, Consumption.CapacityStepCalculatorTests.Example);

        var invoice = InvoiceCalculator.Calculate(November, hours, capacity, InvoiceCalculatorTests.Tariff, priceSupport: line);

        Assert.Contains(line, invoice.Lines);
        Assert.Equal(invoice.Lines.Sum(l => l.AmountExclVat), invoice.AmountExclVat);
        Assert.Equal(Money.Vat(invoice.AmountExclVat, 0.25m), invoice.Vat);
        Assert.Equal(invoice.AmountExclVat + invoice.Vat, invoice.AmountInclVat);
    }

    [Theory]
    [InlineData(-0.01, 0.9, 5000)]
    [InlineData(0.73, 0, 5000)]
    [InlineData(0.73, 1.01, 5000)]
    [InlineData(0.73, 0.9, 0)]
    public void A_wrong_strømstøtte_period_is_refused(decimal threshold, decimal coverage, decimal cap) =>
        Assert.Throws<ArgumentException>(() => new PriceSupportRules([new StromstottePeriod(November, threshold, coverage, cap)], Rules.Norgespris));
}
