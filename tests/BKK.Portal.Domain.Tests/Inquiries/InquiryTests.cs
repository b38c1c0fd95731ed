using BKK.Portal.Domain.Customers;
using BKK.Portal.Domain.Inquiries;

namespace BKK.Portal.Domain.Tests.Inquiries;

public class InquiryTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_inquiry_goes_from_received_through_answered_to_closed_and_logs_every_step()
    {
        var inquiry = new Inquiry(1, InquiryTopic.Invoice, "  Hvorfor er fakturaen høy?  ", "Kari Nordmann", Monday);
        Assert.Equal(InquiryStatus.Received, inquiry.Status);

        inquiry.StartWork("Kundeservice", Monday.AddHours(1));
        Assert.Equal(InquiryStatus.InProgress, inquiry.Status);
        inquiry.Answer("Forbruket økte i kulda.", "Kundeservice", Monday.AddHours(2));
        Assert.Equal(InquiryStatus.Answered, inquiry.Status);
        inquiry.AddCustomerMessage("Takk, men hva med natt til tirsdag?", "Kari Nordmann", Monday.AddHours(3));
        Assert.Equal(InquiryStatus.Received, inquiry.Status); // back to customer service
        inquiry.Close("Kundeservice", Monday.AddHours(4));

        Assert.False(inquiry.IsOpen);
        Assert.Equal(
            [InquiryAuthor.Customer, InquiryAuthor.CustomerService, InquiryAuthor.CustomerService, InquiryAuthor.Customer, InquiryAuthor.CustomerService],
            inquiry.Messages.Select(m => m.Author));
        Assert.Equal("Hvorfor er fakturaen høy?", inquiry.Messages[0].Text);
        Assert.Throws<InvalidOperationException>(() => inquiry.AddCustomerMessage("Hallo?", "Kari Nordmann", Monday.AddHours(5)));
    }

    [Fact]
    public void A_message_is_at_most_4000_characters_and_never_empty()
    {
        Assert.Throws<ArgumentException>(() => new Inquiry(1, InquiryTopic.Other, new string('x', 4001), "Kari", Monday));
        Assert.Throws<ArgumentException>(() => new Inquiry(1, InquiryTopic.Other, " ", "Kari", Monday));
        Assert.Equal(4000, new Inquiry(1, InquiryTopic.Other, new string('x', 4000), "Kari", Monday).Messages[0].Text.Length);
    }

    [Fact]
    public void Changing_contact_data_names_the_fields_that_changed()
    {
        var person = new Person("s", "Kari", NationalIdentityNumber.Parse("01818012345", true).Value ?? Synthetic(),
            new ContactData("Kalfarveien 31", "5018", "Bergen", "+4791234567", "kari@eksempel.no"));

        var changed = person.ChangeContact(new ContactData("Kalfarveien 31", "5018", "Bergen", "+4798765432", "kari@eksempel.no"));

        Assert.Equal(["Phone"], changed);
        Assert.Equal("+4798765432", person.Contact.Phone);
        Assert.Empty(person.ChangeContact(person.Contact));
    }

    private static NationalIdentityNumber Synthetic() => NationalIdentityNumber.Compose(new DateOnly(1980, 1, 1), 123, synthetic: true)!;
}
