using BKK.Portal.Domain.CustomerService;
using BKK.Portal.Domain.Inquiries;

namespace BKK.Portal.Domain.Tests.CustomerService;

public class ChatTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private const string Key = "0123456789abcdef0123456789abcdef";

    [Theory]
    [InlineData("")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("0123456789abcdef")]
    [InlineData("0123456789abcdef0123456789abcdeg")]
    public void A_key_is_32_lower_case_hex_digits(string key)
    {
        Assert.False(Chat.IsWellFormedKey(key));
        Assert.Throws<ArgumentException>(() => new Chat(key, InquiryTopic.Other, "Vera", null, null, false, Now));
    }

    [Fact]
    public void A_logged_in_customers_chat_is_theirs_alone_and_a_visitors_is_whoever_holds_the_key()
    {
        var kari = new Chat(Key, InquiryTopic.Invoice, "Kari", "demo-kari", 1, true, Now);
        Assert.True(kari.BelongsTo("demo-kari"));
        Assert.False(kari.BelongsTo("demo-ola"));
        Assert.False(kari.BelongsTo(null));
        Assert.True(new Chat(Key, InquiryTopic.Invoice, "Vera", null, null, false, Now).BelongsTo(null));
        Assert.Throws<ArgumentException>(() => new Chat(Key, InquiryTopic.Invoice, "Vera", null, 1, false, Now)); // a relationship needs a login
    }

    [Fact]
    public void Staff_write_only_in_a_chat_they_took_and_nobody_writes_in_an_ended_one()
    {
        var chat = new Chat(Key, InquiryTopic.Meter, "Vera", null, null, false, Now);
        chat.Write(InquiryAuthor.Customer, " Hei ", Now.AddSeconds(5));
        Assert.Throws<InvalidOperationException>(() => chat.Write(InquiryAuthor.CustomerService, "Hei", Now.AddSeconds(6)));
        Assert.False(chat.NobodyFreeAt(Now.AddSeconds(119)));
        Assert.True(chat.NobodyFreeAt(Now.AddMinutes(2)));

        chat.Take("staff-1", "Silje", Now.AddMinutes(3));
        Assert.True(chat.IsTakenBy("staff-1"));
        Assert.False(chat.IsTakenBy("staff-2"));
        Assert.False(chat.NobodyFreeAt(Now.AddMinutes(4)));
        Assert.Throws<InvalidOperationException>(() => chat.Take("staff-2", "Jonas", Now.AddMinutes(3)));
        chat.Write(InquiryAuthor.CustomerService, "Hva gjelder det?", Now.AddMinutes(4));
        Assert.Throws<ArgumentException>(() => chat.Write(InquiryAuthor.Customer, new string('x', Chat.MaxMessageLength + 1), Now.AddMinutes(5)));
        Assert.Throws<ArgumentException>(() => chat.Write(InquiryAuthor.Customer, "   ", Now.AddMinutes(5)));
        Assert.Equal(2, chat.MessageCount);

        chat.End(Now.AddMinutes(6));
        Assert.Throws<InvalidOperationException>(() => chat.Write(InquiryAuthor.Customer, "Hallo?", Now.AddMinutes(7)));
    }

    [Fact]
    public void The_transcript_of_a_taken_chat_is_a_closed_inquiry_and_of_one_nobody_took_a_new_one()
    {
        var taken = new Chat(Key, InquiryTopic.Meter, "Kari", "demo-kari", 7, true, Now);
        taken.Write(InquiryAuthor.Customer, "Måleren blinker.", Now.AddSeconds(10));
        taken.Take("staff-1", "Silje", Now.AddSeconds(20));
        taken.Write(InquiryAuthor.CustomerService, "Det er normalt.", Now.AddSeconds(30));
        var inquiry = taken.ToInquiry("Kundeservice", Now.AddMinutes(1))!;
        Assert.Equal((7, InquiryTopic.Meter, InquiryStatus.Closed), (inquiry.CustomerRelationshipId!.Value, inquiry.Topic, inquiry.Status));
        Assert.Equal(["Måleren blinker.", "Det er normalt.", "Saken er avsluttet."], inquiry.Messages.Select(m => m.Text));
        Assert.Equal(["Kari", "Silje", "Silje"], inquiry.Messages.Select(m => m.AuthorName));
        Assert.True(inquiry.MayReopenAt(Now.AddDays(13)));

        var untaken = new Chat(Key, InquiryTopic.PowerOutage, "Vera", null, null, false, Now);
        untaken.Write(InquiryAuthor.Customer, "Strømmen er borte.", Now.AddSeconds(10));
        var left = untaken.ToInquiry("Kundeservice", Now.AddMinutes(3))!;
        Assert.Equal((null, InquiryStatus.Received, "Vera"), (left.CustomerRelationshipId, left.Status, left.FromChatWith));

        Assert.Null(new Chat(Key, InquiryTopic.Other, "Tom", null, null, false, Now).ToInquiry("Kundeservice", Now));
    }
}
