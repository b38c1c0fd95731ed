using BKK.Portal.Domain.Invoices;

namespace BKK.Portal.Domain.Tests.Invoices;

/// <summary>The Enova fee: per kWh for a household, 800 kr per metering point and year for a business, billed monthly in proportion.</summary>
public sealed class EnovaFeeTests
{
    [Fact]
    public void A_business_pays_its_share_of_800_kr_for_a_whole_month_by_its_days()
    {
        // January 2025: 31 of 365 days.
        Assert.Equal(67.95m, EnovaFee.BusinessMonth(800, new DateOnly(2025, 1, 1), new DateOnly(2020, 5, 1), null).Amount);
        Assert.Equal((61.37m, 28), EnovaFee.BusinessMonth(800, new DateOnly(2025, 2, 1), new DateOnly(2020, 5, 1), null));
    }

    [Fact]
    public void A_relationship_that_began_in_the_month_pays_for_its_days_only()
    {
        // From 17 March 2025: 15 of the month's 31 days, 15 of 365 in the year.
        var (amount, days) = EnovaFee.BusinessMonth(800, new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 17), null);
        Assert.Equal(15, days);
        Assert.Equal(EnovaFee.BusinessShare(800, new DateOnly(2025, 3, 17), new DateOnly(2025, 4, 1)), amount);
        Assert.InRange(amount, 32.87m, 32.88m); // 800 × 15 / 365 = 32.876…
        Assert.Equal((0m, 0), EnovaFee.BusinessMonth(800, new DateOnly(2025, 2, 1), new DateOnly(2025, 3, 17), null)); // before it began
        Assert.Equal(5, EnovaFee.BusinessMonth(800, new DateOnly(2025, 6, 1), new DateOnly(2020, 1, 1), new DateOnly(2025, 6, 5)).Days); // ended on the 5th
    }

    [Theory]
    [InlineData(2025)] // 365 days
    [InlineData(2024)] // a leap year
    public void The_months_of_a_year_sum_to_800_kr_to_the_ore(int year)
    {
        var months = Enumerable.Range(1, 12).Select(m => EnovaFee.BusinessMonth(800, new DateOnly(year, m, 1), new DateOnly(2020, 1, 1), null).Amount).ToList();
        Assert.Equal(800m, months.Sum());
        Assert.All(months, a => Assert.InRange(a, 61m, 68m));
    }

    [Fact]
    public void A_business_invoice_has_the_fixed_share_and_a_household_invoice_the_fee_per_kwh()
    {
        var tariff = new GridTariffPeriod(new DateOnly(2025, 1, 1), 0.2m, 0.1m, 0.3m, 0.2m, 0.0979m, 0.1253m, 0.01m, 40, 0.25m, EnovaFeePerYearBusiness: 800);
        var capacity = Domain.Consumption.CapacityStepCalculator.Calculate(new DateOnly(2025, 1, 1), [], Tests.Consumption.CapacityStepCalculatorTests.Example);
        var business = InvoiceCalculator.Calculate(new DateOnly(2025, 1, 1), 500_000, 500_000, capacity, tariff, businessEnova: new BusinessDays(new DateOnly(2020, 1, 1), null));
        var household = InvoiceCalculator.Calculate(new DateOnly(2025, 1, 1), 500_000, 500_000, capacity, tariff);

        var fixedFee = Assert.Single(business.Lines, l => l.Kind == InvoiceLineKind.EnovaFeeBusiness);
        Assert.Equal(67.95m, fixedFee.AmountExclVat);
        Assert.DoesNotContain(business.Lines, l => l.Kind == InvoiceLineKind.EnovaFee);
        Assert.Equal(10m, Assert.Single(household.Lines, l => l.Kind == InvoiceLineKind.EnovaFee).AmountExclVat); // 1 000 kWh × 1 øre
        Assert.DoesNotContain(household.Lines, l => l.Kind == InvoiceLineKind.EnovaFeeBusiness);
    }

    [Fact]
    public void A_tariff_period_that_begins_inside_a_month_is_refused_so_a_month_has_one_rate()
    {
        var period = new GridTariffPeriod(new DateOnly(2024, 4, 15), 0.2m, 0.1m, 0.3m, 0.2m, 0.0951m, 0.1644m, 0.01m, 40, 0.25m);
        var refused = Assert.Throws<ArgumentException>(() => new GridTariff([period]));
        Assert.Contains("2024-04-15", refused.Message, StringComparison.Ordinal);
        Assert.Contains("first of a month", refused.Message, StringComparison.Ordinal);
        Assert.Equal(period with { ValidFrom = new DateOnly(2024, 4, 1) }, new GridTariff([period with { ValidFrom = new DateOnly(2024, 4, 1) }]).PeriodFor(new DateOnly(2024, 4, 30)));
    }

    [Fact]
    public void Each_month_is_billed_with_the_consumption_tax_of_its_period_and_season()
    {
        var tariff = new GridTariff([
            new GridTariffPeriod(new DateOnly(2023, 1, 1), 0.2m, 0.1m, 0.3m, 0.2m, 0.0916m, 0.1584m, 0.01m, 40, 0.25m),
            new GridTariffPeriod(new DateOnly(2024, 1, 1), 0.2m, 0.1m, 0.3m, 0.2m, 0.0951m, 0.1644m, 0.01m, 40, 0.25m),
        ]);
        var capacity = Domain.Consumption.CapacityStepCalculator.Calculate(new DateOnly(2024, 1, 1), [], Tests.Consumption.CapacityStepCalculatorTests.Example);
        decimal TaxRate(DateOnly month) =>
            Assert.Single(InvoiceCalculator.Calculate(month, 1_000, 0, capacity, tariff.PeriodFor(month)).Lines, l => l.Kind == InvoiceLineKind.ConsumptionTax).UnitPriceNok;

        Assert.Equal(0.1584m, TaxRate(new DateOnly(2023, 12, 1)));
        Assert.Equal(0.0951m, TaxRate(new DateOnly(2024, 3, 1))); // winter 2024
        Assert.Equal(0.1644m, TaxRate(new DateOnly(2024, 4, 1)));
    }
}
