using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Customers;
using BKK.Portal.Domain.Invoices;
using BKK.Portal.Domain.Prices;

namespace BKK.Portal.Domain.Tests.Prices;

/// <summary>The Norgespris and strømstøtte settlement of a month as the comparison computes it, from priced energy.</summary>
public class NorgesprisComparisonRulesTests
{
    private static readonly DateOnly November = new(2025, 11, 1);
    private static readonly PriceSupportRules Rules = new(
        [new StromstottePeriod(new DateOnly(2024, 1, 1), 0.73m, 0.9m, 5000m)],
        new NorgesprisTerms(new DateOnly(2025, 10, 1), 0.40m, 4000m, 1000m));

    /// <summary>00:00 on 1 November 2025 in Oslo (2025-10-31T23:00Z).</summary>
    private static readonly DateTime FirstHour = OsloTime.ToUtc(November);

    /// <summary>The energy of the month's hour number <paramref name="index"/> at a spot price (NOK/kWh excl. VAT).</summary>
    private static PricedEnergy Hour(int index, decimal kwh, decimal? spot) => new(FirstHour.AddHours(index), 60, kwh, spot);

    /// <summary>Nine hours of 500 kWh at 1.00 NOK/kWh: 4,500 kWh.</summary>
    private static PricedEnergy[] FourAndAHalfMwhAtOneKrone() =>
        Enumerable.Range(0, 9).Select(i => Hour(i, 500m, 1.00m)).ToArray();

    [Fact]
    public void Norgespris_for_a_home_counts_only_the_first_4000_kwh_of_the_month()
    {
        var line = Rules.NorgesprisLine(TariffType.Household, November, FourAndAHalfMwhAtOneKrone())!;

        Assert.Equal(InvoiceLineKind.Norgespris, line.Kind);
        Assert.Equal(4000m, line.Quantity);
        Assert.Equal("kWh", line.Unit);
        Assert.Equal(-0.60m, line.UnitPriceNok);
        Assert.Equal(-2400.00m, line.AmountExclVat); // 4000 × (0.40 − 1.00)
    }

    [Fact]
    public void Norgespris_for_a_holiday_home_counts_only_the_first_1000_kwh_of_the_month()
    {
        var line = Rules.NorgesprisLine(TariffType.HolidayHome, November, FourAndAHalfMwhAtOneKrone())!;

        Assert.Equal(1000m, line.Quantity);
        Assert.Equal(-600.00m, line.AmountExclVat); // 1000 × (0.40 − 1.00)
    }

    [Fact]
    public void The_cap_counts_in_time_order_and_the_hours_after_it_do_not_count_whatever_their_price()
    {
        PricedEnergy[] energy = [Hour(0, 3900m, 1.00m), Hour(1, 200m, 2.00m), Hour(2, 500m, 5.00m)];

        var line = Rules.NorgesprisLine(TariffType.Household, November, energy)!;

        Assert.Equal(4000m, line.Quantity);
        Assert.Equal(-2500.00m, line.AmountExclVat); // 3900 × (0.40 − 1.00) + 100 × (0.40 − 2.00); nothing at 5.00
    }

    [Fact]
    public void Strømstøtte_of_the_same_month_covers_90_percent_above_73_øre_up_to_5000_kwh()
    {
        var line = Rules.StromstotteLine(November, FourAndAHalfMwhAtOneKrone())!;
        var capped = Rules.StromstotteLine(November, Enumerable.Range(0, 12).Select(i => Hour(i, 500m, 1.00m)).ToArray())!;

        Assert.Equal(InvoiceLineKind.Stromstotte, line.Kind);
        Assert.Equal(4500m, line.Quantity);
        Assert.Equal(-0.243m, line.UnitPriceNok);
        Assert.Equal(-1093.50m, line.AmountExclVat); // 0.9 × (1.00 − 0.73) × 4500
        Assert.Equal(5000m, capped.Quantity); // of 6000 kWh
        Assert.Equal(-1215.00m, capped.AmountExclVat); // 0.9 × (1.00 − 0.73) × 5000
    }

    [Fact]
    public void A_negative_spot_price_is_charged_under_norgespris_and_gets_no_strømstøtte_but_counts_toward_its_cap()
    {
        var norgespris = Rules.NorgesprisLine(TariffType.Household, November, [Hour(0, 10m, -0.05m)])!;
        var stromstotte = Rules.StromstotteLine(November, [Hour(0, 4800m, -0.05m), Hour(1, 400m, 1.73m)])!;

        Assert.Equal(10m, norgespris.Quantity);
        Assert.Equal(0.45m, norgespris.UnitPriceNok); // 0.40 − (−0.05)
        Assert.Equal(4.50m, norgespris.AmountExclVat);
        Assert.Equal(5000m, stromstotte.Quantity); // the 4800 kWh at a negative price fill the cap: only 200 of the next hour count
        Assert.Equal(-180.00m, stromstotte.AmountExclVat); // 0.9 × (1.73 − 0.73) × 200
    }

    [Fact]
    public void Parts_outside_the_month_are_ignored_and_parts_without_a_price_get_no_support()
    {
        var december = OsloTime.ToUtc(November.AddMonths(1));
        PricedEnergy[] energy =
        [
            new(FirstHour.AddHours(-1), 60, 100m, 2.00m), // 23:00 on 31 October
            Hour(0, 10m, 1.00m),
            Hour(1, 50m, null),
            new(december.AddMinutes(-15), 15, 10m, 1.00m), // 23:45 on 30 November
            new(december, 60, 100m, 2.00m),
        ];

        var norgespris = Rules.NorgesprisLine(TariffType.Household, November, energy)!;
        var stromstotte = Rules.StromstotteLine(November, energy)!;

        Assert.Equal(20m, norgespris.Quantity);
        Assert.Equal(-12.00m, norgespris.AmountExclVat); // 20 × (0.40 − 1.00)
        Assert.Equal(20m, stromstotte.Quantity);
        Assert.Equal(-4.86m, stromstotte.AmountExclVat); // 0.9 × (1.00 − 0.73) × 20
    }

    [Fact]
    public void Energy_without_a_price_neither_gets_support_nor_fills_the_cap()
    {
        PricedEnergy[] unpriced = [Hour(0, 10m, null), Hour(1, 20m, null)];
        PricedEnergy[] cabin = [Hour(0, 5000m, null), Hour(1, 1000m, 1.00m)];

        Assert.Null(Rules.NorgesprisLine(TariffType.Household, November, unpriced));
        Assert.Null(Rules.StromstotteLine(November, unpriced));
        var line = Rules.NorgesprisLine(TariffType.HolidayHome, November, cabin)!;
        Assert.Equal(1000m, line.Quantity);
        Assert.Equal(-600.00m, line.AmountExclVat);
    }
}
