using BKK.Portal.Domain.Invoices;

namespace BKK.Portal.Domain.Tests.Invoices;

public class MoneyAndKidTests
{
    [Theory]
    [InlineData("0.005", "0.01")]
    [InlineData("-0.005", "-0.01")]
    [InlineData("0.004999", "0.00")]
    [InlineData("164.80", "164.80")]
    public void Money_is_rounded_to_ore_half_away_from_zero(string amount, string rounded) =>
        Assert.Equal(decimal.Parse(rounded, System.Globalization.CultureInfo.InvariantCulture), Money.Round(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Vat_is_rounded_once_on_the_sum() =>
        Assert.Equal(25.01m, Money.Vat(100.02m, 0.25m)); // 25.005

    [Theory]
    [InlineData("7992739871", "79927398713")] // the textbook Luhn example
    [InlineData("1000001700000001", "10000017000000011")]
    public void Kid_gets_its_mod10_check_digit(string digits, string kid) =>
        Assert.Equal(kid, Kid.For(digits).Value);

    [Theory]
    [InlineData("79927398713", true)]
    [InlineData("79927398710", false)]
    [InlineData("7", false)]
    [InlineData("abc", false)]
    public void Kid_is_checked_when_parsed(string input, bool valid) =>
        Assert.Equal(valid, Kid.Parse(input).IsValid);

    [Theory]
    [InlineData("8601 11 17947", true)]  // the common textbook example
    [InlineData("5201.06.12349", true)]
    [InlineData("52010612345", false)]   // wrong check digit
    [InlineData("5201061234", false)]    // ten digits
    [InlineData("00000000060", false)]   // the weights give a remainder of 1, so a check digit of 10: never issued
    [InlineData("12345678903", true)]
    [InlineData("abcdefghijk", false)]
    public void Bank_account_numbers_are_checked_with_mod11(string input, bool valid) =>
        Assert.Equal(valid, BankAccountNumber.Parse(input).IsValid);

    [Fact]
    public void A_bank_account_number_is_printed_in_groups() =>
        Assert.Equal("8601 11 17947", BankAccountNumber.Parse("86011117947").GetValueOrThrow().Formatted);
}
