using BKK.Portal.Domain.CustomerService;

namespace BKK.Portal.Domain.Tests.CustomerService;

public class StaffAccessTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Kunden ringte")] // 13 characters
    [InlineData("  Kunden ringte  ")] // spaces do not count
    public void A_written_reason_shorter_than_15_characters_is_refused(string reason) =>
        Assert.Throws<ArgumentException>(() => StaffAccess.Written("staff-1", "Silje", 7, reason, Now, TimeSpan.FromMinutes(30)));

    [Fact]
    public void An_opening_lasts_its_window_and_not_a_moment_longer()
    {
        var opening = StaffAccess.Written("staff-1", "Silje", 7, "Kunden ringte om fakturaen", Now, TimeSpan.FromMinutes(30));

        Assert.Equal("Kunden ringte om fakturaen", opening.ReasonText);
        Assert.False(opening.IsOpenAt(Now.AddSeconds(-1)));
        Assert.True(opening.IsOpenAt(Now));
        Assert.True(opening.IsOpenAt(Now.AddMinutes(30).AddTicks(-1)));
        Assert.False(opening.IsOpenAt(Now.AddMinutes(30)));
    }

    [Fact]
    public void A_case_reason_names_its_case()
    {
        var opening = StaffAccess.ForCase("staff-1", "Silje", 7, StaffAccessReason.Inquiry, "12", Now, TimeSpan.FromMinutes(30));
        Assert.Equal(("12", string.Empty), (opening.CaseReference, opening.ReasonText));
        Assert.Throws<ArgumentException>(() => StaffAccess.ForCase("staff-1", "Silje", 7, StaffAccessReason.Inquiry, " ", Now, TimeSpan.FromMinutes(30)));
        Assert.Throws<ArgumentException>(() => StaffAccess.ForCase("staff-1", "Silje", 7, StaffAccessReason.Written, "12", Now, TimeSpan.FromMinutes(30)));
    }
}
