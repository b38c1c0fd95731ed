using BKK.Portal.Domain.Notifications;

namespace BKK.Portal.Domain.Tests.Notifications;

public sealed class MobileNumberTests
{
    [Theory]
    [InlineData("+4791234567", "+4791234567")]
    [InlineData("+4741234567", "+4741234567")]
    [InlineData("912 34 567", "+4791234567")]
    [InlineData("0047 412 34 567", "+4741234567")]
    [InlineData("+46701234567", "+46701234567")] // a foreign number is taken to be a mobile one; the gateway refuses one that is not
    public void A_number_that_takes_an_sms_is_given_in_full(string stored, string expected) =>
        Assert.Equal(expected, MobileNumber.From(stored));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("+4755123456")] // a landline in Bergen
    [InlineData("+4722123456")] // a landline in Oslo
    [InlineData("+479123456")] // seven digits
    [InlineData("+47912345678")] // nine digits
    [InlineData("+47 9123 456a")]
    [InlineData("91234567 ext 2")]
    public void A_number_that_takes_no_sms_is_none(string? stored) => Assert.Null(MobileNumber.From(stored));
}
