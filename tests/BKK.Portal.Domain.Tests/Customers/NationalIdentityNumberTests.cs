using BKK.Portal.Domain.Customers;

namespace BKK.Portal.Domain.Tests.Customers;

public class NationalIdentityNumberTests
{
    [Theory]
    [InlineData("23072388054", 2023, 7, 23)]
    [InlineData("27121798935", 2017, 12, 27)]
    [InlineData("29028010042", 1980, 2, 29)]
    [InlineData("230723 88054", 2023, 7, 23)]
    public void Valid_fodselsnummer_is_accepted_with_its_birth_date(string input, int year, int month, int day)
    {
        var result = NationalIdentityNumber.Parse(input, allowSynthetic: false);

        Assert.True(result.IsValid, result.Error);
        Assert.Equal(new DateOnly(year, month, day), result.Value!.BirthDate);
        Assert.False(result.Value.IsDNumber);
        Assert.False(result.Value.IsSynthetic);
    }

    [Fact]
    public void D_nummer_has_forty_added_to_the_day()
    {
        var result = NationalIdentityNumber.Parse("41019010110", allowSynthetic: false);

        Assert.True(result.IsValid, result.Error);
        Assert.True(result.Value!.IsDNumber);
        Assert.Equal(new DateOnly(1990, 1, 1), result.Value.BirthDate);
    }

    [Fact]
    public void Synthetic_number_is_accepted_only_when_allowed()
    {
        const string synthetic = "01911050095";

        var refused = NationalIdentityNumber.Parse(synthetic, allowSynthetic: false);
        var accepted = NationalIdentityNumber.Parse(synthetic, allowSynthetic: true);

        Assert.False(refused.IsValid);
        Assert.Equal("Syntetiske testnummer er ikke tillatt her.", refused.Error);
        Assert.True(accepted.IsValid, accepted.Error);
        Assert.True(accepted.Value!.IsSynthetic);
        Assert.Equal(new DateOnly(2010, 11, 1), accepted.Value.BirthDate);
    }

    [Theory]
    [InlineData("", "Skriv inn fødselsnummer (11 siffer).")]
    [InlineData(null, "Skriv inn fødselsnummer (11 siffer).")]
    [InlineData("2307238805", "Fødselsnummeret må bestå av nøyaktig 11 siffer.")]
    [InlineData("230723880541", "Fødselsnummeret må bestå av nøyaktig 11 siffer.")]
    [InlineData("2307238805a", "Fødselsnummeret må bestå av nøyaktig 11 siffer.")]
    [InlineData("23072388055", "Fødselsnummeret er ikke gyldig: kontrollsifrene stemmer ikke.")]
    [InlineData("23072388064", "Fødselsnummeret er ikke gyldig: kontrollsifrene stemmer ikke.")]
    [InlineData("29028110063", "Fødselsnummeret er ikke gyldig: de seks første sifrene er ikke en dato.")]
    [InlineData("31048010000", "Fødselsnummeret er ikke gyldig: de seks første sifrene er ikke en dato.")]
    [InlineData("01014550050", "Fødselsnummeret er ikke gyldig: individnummeret passer ikke med fødselsåret.")]
    public void Invalid_number_gives_a_norwegian_message(string? input, string message)
    {
        var result = NationalIdentityNumber.Parse(input, allowSynthetic: false);

        Assert.False(result.IsValid);
        Assert.Equal(message, result.Error);
    }

    [Fact]
    public void Every_single_digit_change_is_caught_by_the_check_digits()
    {
        const string valid = "27121798935";
        for (var position = 0; position < valid.Length; position++)
        {
            for (var digit = '0'; digit <= '9'; digit++)
            {
                if (valid[position] == digit)
                {
                    continue;
                }

                var changed = valid[..position] + digit + valid[(position + 1)..];
                Assert.False(NationalIdentityNumber.Parse(changed, allowSynthetic: true).IsValid, changed);
            }
        }
    }

    [Fact]
    public void ToString_is_masked_so_the_number_never_leaks_into_a_log()
    {
        var number = NationalIdentityNumber.Parse("23072388054", allowSynthetic: false).Value!;

        Assert.Equal("230723 *****", number.ToString());
        Assert.Equal("230723 *****", $"{number}");
        Assert.Equal("23072388054", number.Value);
    }

    [Fact]
    public void Compose_builds_valid_synthetic_numbers()
    {
        var birthDate = new DateOnly(1985, 3, 14);
        var composed = Enumerable.Range(100, 50)
            .Select(i => NationalIdentityNumber.Compose(birthDate, i, synthetic: true))
            .OfType<NationalIdentityNumber>()
            .ToList();

        Assert.NotEmpty(composed);
        Assert.All(composed, n =>
        {
            Assert.True(n.IsSynthetic);
            Assert.Equal(birthDate, n.BirthDate);
            Assert.Equal(n, NationalIdentityNumber.Parse(n.Value, allowSynthetic: true).Value);
        });
    }

    [Theory]
    [InlineData(1899, 600)]
    [InlineData(1950, 200)]
    [InlineData(1960, 950)]
    [InlineData(2005, 700)]
    public void Century_follows_the_individual_number(int year, int individual)
    {
        var birthDate = new DateOnly(year, 5, 17);
        var number = Enumerable.Range(individual, 20)
            .Select(i => NationalIdentityNumber.Compose(birthDate, i, synthetic: false))
            .First(n => n is not null)!;

        Assert.Equal(birthDate, number.BirthDate);
    }
}
