using BKK.Portal.Domain.Customers;

namespace BKK.Portal.Domain.Tests.Customers;

public class OrganisationNumberTests
{
    [Theory]
    [InlineData("914588200")]
    [InlineData("974760673")]
    [InlineData("974 760 673")]
    public void Valid_organisation_number_is_accepted(string input)
    {
        var result = OrganisationNumber.Parse(input);

        Assert.True(result.IsValid, result.Error);
        Assert.Equal(input.Replace(" ", string.Empty, StringComparison.Ordinal), result.Value!.Value);
    }

    [Theory]
    [InlineData("", "Skriv inn organisasjonsnummer (9 siffer).")]
    [InlineData("91458820", "Organisasjonsnummeret må bestå av nøyaktig 9 siffer.")]
    [InlineData("9145882001", "Organisasjonsnummeret må bestå av nøyaktig 9 siffer.")]
    [InlineData("91458820x", "Organisasjonsnummeret må bestå av nøyaktig 9 siffer.")]
    [InlineData("914588201", "Organisasjonsnummeret er ikke gyldig: kontrollsifferet stemmer ikke.")]
    [InlineData("974760674", "Organisasjonsnummeret er ikke gyldig: kontrollsifferet stemmer ikke.")]
    public void Invalid_organisation_number_gives_a_norwegian_message(string input, string message)
    {
        var result = OrganisationNumber.Parse(input);

        Assert.False(result.IsValid);
        Assert.Equal(message, result.Error);
    }

    [Fact]
    public void Remainder_giving_check_digit_ten_is_never_valid()
    {
        // 10000000x: weighted sum 3, r = 3, check 8; try all nine-digit endings of a base whose check is 10.
        var invalidBases = Enumerable.Range(10000000, 200)
            .Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Where(b => Enumerable.Range(0, 10).All(d => !OrganisationNumber.Parse(b + d).IsValid))
            .ToList();

        Assert.NotEmpty(invalidBases);
    }

    [Fact]
    public void Formatted_groups_the_digits()
    {
        Assert.Equal("914 588 200", OrganisationNumber.Parse("914588200").Value!.Formatted);
    }
}
