using BKK.Portal.Application.Privacy;
using BKK.Portal.Application.Retention;

namespace BKK.Portal.Application.Tests.Retention;

public class RetentionPolicyTests
{
    private static readonly RetentionRule FiveYears = BkkPrivacyCatalogue.Current.RetentionRules.Single(r => r.Key == "while-customer-then-5-years");
    private static readonly RetentionRule TenYears = BkkPrivacyCatalogue.Current.RetentionRules.Single(r => r.Key == "limitation-10-years");
    private static readonly RetentionRule Continuous = BkkPrivacyCatalogue.Current.RetentionRules.Single(r => r.Key == "continuous");

    [Fact]
    public void Nothing_goes_while_a_customer_or_while_held_by_debt_collection()
    {
        Assert.Null(RetentionPolicy.DeletableFrom(FiveYears, relationshipEnded: null, new DateOnly(2010, 1, 1), held: false));
        Assert.Null(RetentionPolicy.DeletableFrom(Continuous, new DateOnly(2020, 1, 1), new DateOnly(2019, 1, 1), held: true));
    }

    [Theory]
    [InlineData("2026-03-10", "2025-05-01", "2032-01-01")] // five whole financial years after 2026
    [InlineData("2026-12-31", "2026-12-31", "2032-01-01")]
    [InlineData("2027-01-01", "2026-06-01", "2033-01-01")]
    [InlineData("2026-03-10", "2026-04-05", "2032-01-01")] // a record after the end (a late invoice) counts from its own date
    public void The_accounting_act_keeps_five_whole_financial_years(string ended, string record, string from) =>
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            RetentionPolicy.DeletableFrom(FiveYears, DateOnly.Parse(ended, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(record, System.Globalization.CultureInfo.InvariantCulture), held: false));

    [Fact]
    public void The_day_before_is_too_early_and_the_day_itself_is_not()
    {
        var ended = new DateOnly(2026, 3, 10);
        Assert.False(RetentionPolicy.MayDelete(FiveYears, ended, ended, held: false, today: new DateOnly(2031, 12, 31)));
        Assert.True(RetentionPolicy.MayDelete(FiveYears, ended, ended, held: false, today: new DateOnly(2032, 1, 1)));
        Assert.False(RetentionPolicy.MayDelete(TenYears, ended, ended, held: false, today: new DateOnly(2036, 12, 31)));
        Assert.True(RetentionPolicy.MayDelete(TenYears, ended, ended, held: false, today: new DateOnly(2037, 1, 1)));
    }

    [Fact]
    public void What_is_deleted_continuously_goes_the_day_after_the_relationship_ended()
    {
        Assert.Equal(new DateOnly(2026, 3, 11), RetentionPolicy.DeletableFrom(Continuous, new DateOnly(2026, 3, 10), new DateOnly(2024, 1, 1), held: false));
        Assert.False(RetentionPolicy.MayDelete(Continuous, new DateOnly(2026, 3, 10), new DateOnly(2024, 1, 1), held: false, today: new DateOnly(2026, 3, 10)));
    }
}
