using BKK.Portal.Application.Customers;
using BKK.Portal.Application.Inquiries;
using BKK.Portal.Application.Tests.Common;
using BKK.Portal.Domain.Inquiries;

namespace BKK.Portal.Application.Tests.Customers;

public class ChangeContactDataValidatorTests
{
    private static readonly ChangeContactDataValidator Validator = new(TestLocalizer.For<ContactDataRuleTexts>());

    private static ChangeContactData Valid() => new()
    {
        AddressLine = "Kalfarveien 31",
        PostalCode = "5018",
        PostalPlace = "Bergen",
        Phone = "+47 912 34 567",
        Email = "kari@eksempel.no",
    };

    private static string? ErrorOf(ChangeContactData input, string field) =>
        Validator.Validate(input).Errors.SingleOrDefault(e => e.PropertyName == field)?.ErrorMessage;

    [Fact]
    public void A_complete_norwegian_address_is_valid() => Assert.True(Validator.Validate(Valid()).IsValid);

    [Theory]
    [InlineData("91234567")]          // 8 digits
    [InlineData("912 34 567")]        // with spaces
    [InlineData("+4791234567")]
    [InlineData("+47 91 23 45 67")]
    [InlineData("004791234567")]
    [InlineData("+46701234567")]      // Sweden, E.164
    [InlineData("+1 202 555 0143")]   // USA
    [InlineData("+3581234")]          // 7 digits after +: the shortest E.164 allowed
    [InlineData("+123456789012345")]  // 15 digits: the longest
    public void Norwegian_and_foreign_phone_numbers_are_accepted(string phone) =>
        Assert.Null(ErrorOf(Valid().With(p => p.Phone = phone), nameof(ChangeContactData.Phone)));

    [Theory]
    [InlineData("9123456", "8 siffer")]            // 7 digits
    [InlineData("912345678", "8 siffer")]          // 9 digits without country code
    [InlineData("+47 9123456", "8 siffer")]        // Norway with 7 digits
    [InlineData("+47 912345678", "8 siffer")]      // Norway with 9 digits
    [InlineData("+012345678", "8 siffer")]         // a country code cannot start with 0
    [InlineData("+123456", "8 siffer")]            // 6 digits after +
    [InlineData("+1234567890123456", "8 siffer")]  // 16 digits
    [InlineData("9123 4567a", "8 siffer")]
    [InlineData("+4 7123456", "8 siffer")]          // +47 spaced out is still Norway: 6 digits are too few
    [InlineData("９１２３４５６７", "8 siffer")]      // full-width digits: the browser would not take them either
    [InlineData(null, "Skriv inn telefonnummeret.")]
    public void Bad_phone_numbers_get_a_norwegian_message(string? phone, string message) =>
        Assert.Contains(message, ErrorOf(Valid().With(p => p.Phone = phone), nameof(ChangeContactData.Phone)), StringComparison.Ordinal);

    [Theory]
    [InlineData("0001", true)]
    [InlineData("9991", true)]
    [InlineData(" 5018 ", true)]
    [InlineData("0000", false)]
    [InlineData("501", false)]
    [InlineData("50180", false)]
    [InlineData("50a8", false)]
    [InlineData("５０１８", false)]   // full-width digits
    [InlineData(null, false)]
    public void Postal_codes_are_four_digits(string? code, bool valid) =>
        Assert.Equal(valid, ErrorOf(Valid().With(p => p.PostalCode = code), nameof(ChangeContactData.PostalCode)) is null);

    [Theory]
    [InlineData("Bergen", true)]
    [InlineData("Ålesund", true)]
    [InlineData("Kárášjohka", true)]
    [InlineData("Mo i Rana", true)]
    [InlineData("Ytre Sandsvær-Ås", true)]
    [InlineData("5018 Bergen", false)]
    [InlineData("", false)]
    public void Postal_places_are_letters(string place, bool valid) =>
        Assert.Equal(valid, ErrorOf(Valid().With(p => p.PostalPlace = place), nameof(ChangeContactData.PostalPlace)) is null);

    [Theory]
    [InlineData("kari@eksempel.no", true)]
    [InlineData("kari.nordmann+strom@post.eksempel.com", true)]
    [InlineData("ola@bkk.museum", true)]
    [InlineData("kari@", false)]
    [InlineData("kari@eksempel", false)]
    [InlineData("kari@eksempel.n", false)]
    [InlineData("kari nordmann@eksempel.no", false)]
    [InlineData("kari@@eksempel.no", false)]
    [InlineData("@eksempel.no", false)]
    public void Email_addresses_need_a_name_a_domain_and_a_top_level_domain(string email, bool valid) =>
        Assert.Equal(valid, ErrorOf(Valid().With(p => p.Email = email), nameof(ChangeContactData.Email)) is null);

    [Theory]
    [InlineData("\"><svg/onload=alert(4)>@x.no")]
    [InlineData("kari<script>@eksempel.no")]
    [InlineData("kari@eksempel.no>")]
    [InlineData("\"kari\"@eksempel.no")]
    [InlineData("kari'--@eksempel.no")]
    [InlineData("kari@eks'empel.no")]
    [InlineData("kari`x@eksempel.no")]
    public void Quotes_and_angle_brackets_are_refused_in_email_addresses(string email) =>
        Assert.Contains("gyldig e-postadresse", ErrorOf(Valid().With(p => p.Email = email), nameof(ChangeContactData.Email)), StringComparison.Ordinal);

    [Fact]
    public void An_email_address_of_255_characters_is_too_long()
    {
        var email = new string('a', 255 - "@eksempel.no".Length) + "@eksempel.no";
        Assert.Contains("høyst 254", ErrorOf(Valid().With(p => p.Email = email), nameof(ChangeContactData.Email)), StringComparison.Ordinal);
        Assert.Null(ErrorOf(Valid().With(p => p.Email = email[1..]), nameof(ChangeContactData.Email)));
    }

    [Theory]
    [InlineData("en-GB", "The postcode must have four digits, for example 5020.")]
    [InlineData("nn-NO", "Postnummeret må ha fire siffer, til dømes 5020.")]
    public void The_messages_are_in_the_language_of_the_request(string culture, string message) =>
        Assert.Equal(message, TestCulture.In(culture, () => ErrorOf(Valid().With(p => p.PostalCode = "501"), nameof(ChangeContactData.PostalCode))));

    [Theory]
    [InlineData("en-GB", "The text can be at most 4,000 characters.")]
    [InlineData("nn-NO", "Teksten kan ha høgst 4")]
    public void The_length_of_an_inquiry_is_told_in_the_language_of_the_request(string culture, string message) =>
        Assert.StartsWith(message, TestCulture.In(culture, () => new SendInquiryValidator(TestLocalizer.For<InquiryRuleTexts>()).Validate(new SendInquiry { Topic = InquiryTopic.Other, Text = new string('x', 4001) }).Errors.Single().ErrorMessage), StringComparison.Ordinal);

    [Theory]
    [InlineData("91234567", "+4791234567")]
    [InlineData("912 34 567", "+4791234567")]
    [InlineData("0047 91234567", "+4791234567")]
    [InlineData("+46 70 123 45 67", "+46701234567")]
    [InlineData("+3581234", "+3581234")]        // 8 characters, but foreign: no +47 in front
    public void Phone_numbers_are_stored_without_spaces_and_with_the_country_code(string typed, string stored) =>
        Assert.Equal(stored, ChangeContactDataValidator.NormalisePhone(typed));

    [Theory]
    [InlineData(null, "Hei", "Velg et emne.")]
    [InlineData(InquiryTopic.Meter, null, "Skriv hva henvendelsen gjelder.")]
    [InlineData(InquiryTopic.Meter, "   ", "Skriv hva henvendelsen gjelder.")]
    [InlineData((InquiryTopic)99, "Hei", "Velg et emne fra listen.")]
    public void An_inquiry_needs_a_topic_from_the_list_and_a_text(InquiryTopic? topic, string? text, string message) =>
        Assert.Contains(message, new SendInquiryValidator(TestLocalizer.For<InquiryRuleTexts>()).Validate(new SendInquiry { Topic = topic, Text = text }).Errors.Select(e => e.ErrorMessage));

    [Fact]
    public void A_message_to_an_inquiry_is_needed_and_at_most_4000_characters_counting_a_line_break_once()
    {
        var validator = new AddInquiryMessageValidator(TestLocalizer.For<InquiryRuleTexts>());
        Assert.Equal("Skriv en melding.", validator.Validate(new AddInquiryMessage { Text = " " }).Errors.Single().ErrorMessage);
        var lines = string.Concat(Enumerable.Repeat(new string('x', 98) + "\r\n", 40)); // 4,000 characters as posted, 3,960 as the browser counts
        Assert.Equal(3960, new AddInquiryMessage { Text = lines }.Text!.Length);
        Assert.True(validator.Validate(new AddInquiryMessage { Text = lines + new string('x', 40) }).IsValid);
        Assert.False(validator.Validate(new AddInquiryMessage { Text = lines + new string('x', 41) }).IsValid);
    }

    [Fact]
    public void An_inquiry_text_is_at_most_4000_characters()
    {
        var validator = new SendInquiryValidator(TestLocalizer.For<InquiryRuleTexts>());
        Assert.True(validator.Validate(new SendInquiry { Topic = InquiryTopic.Other, Text = new string('x', 4000) }).IsValid);
        Assert.Contains("høyst 4", validator.Validate(new SendInquiry { Topic = InquiryTopic.Other, Text = new string('x', 4001) }).Errors.Single().ErrorMessage, StringComparison.Ordinal);
    }
}

internal static class ContactDataTestExtensions
{
    public static ChangeContactData With(this ChangeContactData input, Action<ChangeContactData> change)
    {
        change(input);
        return input;
    }
}
