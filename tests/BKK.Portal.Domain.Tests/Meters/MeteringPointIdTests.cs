using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Meters;

namespace BKK.Portal.Domain.Tests.Meters;

public class MeteringPointIdTests
{
    [Theory]
    [InlineData("707057500088553215")]
    [InlineData("707057500000000018")]
    [InlineData("707 057 500 088 553 215")]
    public void Valid_gsrn_is_accepted(string input) =>
        Assert.True(MeteringPointId.Parse(input).IsValid);

    [Theory]
    [InlineData("", "Skriv inn målepunkt-ID (18 siffer).")]
    [InlineData("70705750008855321", "Målepunkt-ID må bestå av nøyaktig 18 siffer.")]
    [InlineData("7070575000885532150", "Målepunkt-ID må bestå av nøyaktig 18 siffer.")]
    [InlineData("70705750008855321x", "Målepunkt-ID må bestå av nøyaktig 18 siffer.")]
    [InlineData("707057500088553216", "Målepunkt-ID er ikke gyldig: kontrollsifferet stemmer ikke.")]
    [InlineData("707057500088553251", "Målepunkt-ID er ikke gyldig: kontrollsifferet stemmer ikke.")]
    [InlineData("573057500088553215", "Målepunkt-ID for norske anlegg starter med 7070575.")]
    public void Invalid_gsrn_gives_a_norwegian_message(string input, string message) =>
        Assert.Equal(message, MeteringPointId.Parse(input).Error);

    [Fact]
    public void Check_digit_is_appended_by_gs1_mod_10() =>
        Assert.Equal("707057500088553215", MeteringPointId.FromFirst17("70705750008855321").Value);

    [Fact]
    public void Formatted_is_six_groups_of_three() =>
        Assert.Equal("707 057 500 088 553 215", MeteringPointId.Parse("707057500088553215").Value!.Formatted);

    [Fact]
    public void Invalid_value_cannot_be_used_as_valid() =>
        Assert.Throws<InvalidIdentifierException>(() => MeteringPointId.Parse("1").GetValueOrThrow());
}
