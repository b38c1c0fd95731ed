using BKK.Portal.Domain.Customers;

namespace BKK.Portal.Domain.Tests.Customers;

public class CustomerNumberTests
{
    [Fact]
    public void Eight_digits_is_a_customer_number() =>
        Assert.Equal("12345678", CustomerNumber.Parse(" 1234 5678 ").Value!.Value);

    [Theory]
    [InlineData("", "Skriv inn kundenummer (8 siffer).")]
    [InlineData("1234567", "Kundenummeret må bestå av nøyaktig 8 siffer.")]
    [InlineData("123456789", "Kundenummeret må bestå av nøyaktig 8 siffer.")]
    [InlineData("1234567a", "Kundenummeret må bestå av nøyaktig 8 siffer.")]
    [InlineData("１２３４５６７８", "Kundenummeret må bestå av nøyaktig 8 siffer.")]
    public void Anything_else_is_refused_with_a_norwegian_message(string input, string message) =>
        Assert.Equal(message, CustomerNumber.Parse(input).Error);
}
