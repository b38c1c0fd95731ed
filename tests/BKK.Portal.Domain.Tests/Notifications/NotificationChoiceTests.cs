using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Notifications;

namespace BKK.Portal.Domain.Tests.Notifications;

public sealed class NotificationChoiceTests
{
    private static readonly DateTime Now = new(2026, 11, 29, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void An_owner_without_a_choice_gets_outages_planned_work_and_reading_reminders_by_sms_and_a_fullmakt_nothing()
    {
        Assert.Equal((NotificationKind.Outage | NotificationKind.PlannedWork | NotificationKind.ReadingDue, NotificationKind.None), NotificationChoice.Default(owner: true));
        Assert.Equal((NotificationKind.None, NotificationKind.None), NotificationChoice.Default(owner: false));
    }

    [Fact]
    public void Turning_a_kind_off_takes_it_off_both_channels_and_leaves_the_other_kinds()
    {
        var choice = new NotificationChoice(1, 2, Now);
        choice.Choose(NotificationKind.Outage | NotificationKind.InvoiceReady, NotificationKind.Outage | NotificationKind.InquiryAnswered, Language.Nynorsk, 1.5m, 40m, Now);

        choice.TurnOff(NotificationKind.Outage, Now.AddDays(1));

        Assert.False(choice.Wants(NotificationKind.Outage, NotificationChannel.Sms));
        Assert.False(choice.Wants(NotificationKind.Outage, NotificationChannel.Email));
        Assert.True(choice.Wants(NotificationKind.InvoiceReady, NotificationChannel.Sms));
        Assert.True(choice.Wants(NotificationKind.InquiryAnswered, NotificationChannel.Email));
        Assert.Equal(Now.AddDays(1), choice.ChangedUtc);
    }

    [Theory]
    [InlineData(-1.0, null)]
    [InlineData(51.0, null)]
    [InlineData(null, 0.0)]
    [InlineData(null, 10001.0)]
    public void Levels_out_of_range_are_refused(double? margin, double? limit)
    {
        var choice = new NotificationChoice(1, 2, Now);
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            choice.Choose(NotificationKind.None, NotificationKind.None, Language.Bokmal, (decimal?)margin, (decimal?)limit, Now));
    }
}
