using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Notifications;

namespace BKK.Portal.Domain.Tests.Notifications;

public sealed class OutboxMessageTests
{
    private static readonly DateTime Now = new(2026, 11, 29, 10, 0, 0, DateTimeKind.Utc);

    private static TimeSpan Doubling(int attempts) => TimeSpan.FromSeconds(30 * Math.Pow(2, attempts - 1));

    private static OutboxMessage Sms() =>
        new("notice:1:new:p1:sms", NotificationKind.Outage, NotificationChannel.Sms, 1, 1, "+4791234567", Language.Bokmal, null, "Strømbrudd", null, Now);

    [Fact]
    public void A_new_message_is_due_at_once()
    {
        var message = Sms();
        Assert.Equal(OutboxStatus.Pending, message.Status);
        Assert.Equal(Now, message.NextAttemptUtc);
        Assert.Equal(0, message.Attempts);
    }

    [Fact]
    public void A_failed_attempt_waits_longer_each_time_and_the_last_one_allowed_fails_the_message()
    {
        var message = Sms();
        message.MarkAttemptFailed(Now, "sms http 500", maximumAttempts: 3, Doubling);
        Assert.Equal((OutboxStatus.Pending, Now.AddSeconds(30)), (message.Status, message.NextAttemptUtc));
        message.MarkAttemptFailed(Now.AddSeconds(30), "sms timeout", maximumAttempts: 3, Doubling);
        Assert.Equal((OutboxStatus.Pending, Now.AddSeconds(90)), (message.Status, message.NextAttemptUtc));
        message.MarkAttemptFailed(Now.AddSeconds(90), "sms timeout", maximumAttempts: 3, Doubling);
        Assert.Equal((OutboxStatus.Failed, 3, "sms timeout"), (message.Status, message.Attempts, message.LastError));
    }

    [Fact]
    public void A_failure_no_retry_mends_fails_the_message_at_once_and_staff_may_send_it_again()
    {
        var message = Sms();
        message.MarkAttemptFailed(Now, "sms http 400", maximumAttempts: 6, Doubling, permanent: true);
        Assert.Equal(OutboxStatus.Failed, message.Status);

        message.Retry(Now.AddHours(1));
        Assert.Equal((OutboxStatus.Pending, 0, Now.AddHours(1)), (message.Status, message.Attempts, message.NextAttemptUtc));
        Assert.Throws<InvalidOperationException>(() => message.Retry(Now.AddHours(1)));
    }

    [Fact]
    public void A_sent_message_records_the_providers_reference_and_forgets_the_last_error()
    {
        var message = Sms();
        message.MarkAttemptFailed(Now, "sms timeout", 6, Doubling);
        message.MarkSent(Now.AddMinutes(1), "gw-123");
        Assert.Equal((OutboxStatus.Sent, 2, "gw-123", (string?)null), (message.Status, message.Attempts, message.ProviderReference, message.LastError));
    }

    [Fact]
    public void An_email_needs_a_subject_and_a_key_has_a_limit() =>
        Assert.Multiple(
            () => Assert.Throws<ArgumentException>(() => new OutboxMessage("k", NotificationKind.Outage, NotificationChannel.Email, 1, 1, "a@example.no", Language.Bokmal, null, "x", null, Now)),
            () => Assert.Throws<ArgumentException>(() => new OutboxMessage(new string('k', 201), NotificationKind.Outage, NotificationChannel.Sms, 1, 1, "+4791234567", Language.Bokmal, null, "x", null, Now)));
}
