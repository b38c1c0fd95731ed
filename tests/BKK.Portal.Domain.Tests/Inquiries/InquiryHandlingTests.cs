using BKK.Portal.Domain.Inquiries;

namespace BKK.Portal.Domain.Tests.Inquiries;

/// <summary>The staff side's steps: taken by someone, a question that waits for the customer, closing and reopening within 14 days.</summary>
public class InquiryHandlingTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static Inquiry Taken()
    {
        var inquiry = new Inquiry(1, InquiryTopic.Invoice, "Hvorfor er fakturaen høy?", "Kari Nordmann", Monday);
        inquiry.StartWork("Silje", Monday.AddHours(1), "staff-1");
        return inquiry;
    }

    [Fact]
    public void A_question_waits_for_the_customer_and_their_reply_goes_back_to_the_handler()
    {
        var inquiry = Taken();
        Assert.True(inquiry.IsHandledBy("staff-1"));
        Assert.False(inquiry.IsHandledBy("staff-2"));

        inquiry.AskForMore("Hvilken måned?", "Silje", Monday.AddHours(2));
        Assert.Equal(InquiryStatus.WaitingForCustomer, inquiry.Status);
        inquiry.AddCustomerMessage("Oktober.", "Kari Nordmann", Monday.AddHours(3));
        Assert.Equal(InquiryStatus.InProgress, inquiry.Status);
        Assert.Equal("staff-1", inquiry.AssignedToSubject);
    }

    [Fact]
    public void A_colleague_may_take_over_but_a_closed_inquiry_is_not_taken_or_answered()
    {
        var inquiry = Taken();
        inquiry.StartWork("Jonas", Monday.AddHours(2), "staff-2");
        Assert.True(inquiry.IsHandledBy("staff-2"));
        Assert.False(inquiry.IsHandledBy("staff-1"));

        inquiry.Close("Jonas", Monday.AddHours(3));
        Assert.False(inquiry.IsHandledBy("staff-2"));
        Assert.Equal(Monday.AddHours(3).UtcDateTime, inquiry.ClosedUtc);
        Assert.Throws<InvalidOperationException>(() => inquiry.StartWork("Silje", Monday.AddHours(4), "staff-1"));
        Assert.Throws<InvalidOperationException>(() => inquiry.Answer("Svar", "Jonas", Monday.AddHours(4)));
        Assert.Throws<InvalidOperationException>(() => inquiry.AskForMore("Mer?", "Jonas", Monday.AddHours(4)));
        Assert.Throws<InvalidOperationException>(() => inquiry.Close("Jonas", Monday.AddHours(4)));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(14 * 24, true)]
    [InlineData(14 * 24 + 1, false)]
    public void The_customer_may_reopen_a_closed_inquiry_within_14_days(int hoursAfterClosing, bool mayReopen)
    {
        var inquiry = Taken();
        var closed = Monday.AddDays(1);
        inquiry.Close("Silje", closed);
        var at = closed.AddHours(hoursAfterClosing);

        Assert.Equal(mayReopen, inquiry.MayReopenAt(at));
        if (mayReopen)
        {
            inquiry.Reopen("Jeg er ikke fornøyd.", "Kari Nordmann", at);
            Assert.Equal(InquiryStatus.InProgress, inquiry.Status); // back to the one who had it
            Assert.Null(inquiry.ClosedUtc);
            Assert.Equal("Jeg er ikke fornøyd.", inquiry.Messages[^1].Text);
        }
        else
        {
            Assert.Throws<InvalidOperationException>(() => inquiry.Reopen("For sent?", "Kari Nordmann", at));
        }
    }

    [Fact]
    public void An_open_inquiry_is_not_reopened_and_one_made_without_a_relationship_is_attached_once()
    {
        var inquiry = Taken();
        Assert.False(inquiry.MayReopenAt(Monday.AddHours(2)));
        Assert.Throws<InvalidOperationException>(() => inquiry.AttachTo(2)); // it has one
    }
}
