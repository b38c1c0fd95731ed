using BKK.Portal.Domain.Customers;
using BKK.Portal.Domain.Invoices;
using BKK.Portal.Domain.Meters;
using BKK.Portal.Tests.Shared;

namespace BKK.Portal.Domain.Tests.Invoices;

/// <summary>The domain's messages come in the language of the request: English and nynorsk beside the tests' bokmål.</summary>
public sealed class DomainTextsLanguageTests
{
    [Theory]
    [InlineData("en-GB", "The organisation number is not valid: the check digit does not match.")]
    [InlineData("nn-NO", "Organisasjonsnummeret er ikkje gyldig: kontrollsifferet stemmer ikkje.")]
    public void Organisation_number(string culture, string message) =>
        Assert.Equal(message, TestCulture.In(culture, () => OrganisationNumber.Parse("914588201").Error));

    [Theory]
    [InlineData("en-GB", "The customer number must be exactly 8 digits.")]
    [InlineData("nn-NO", "Kundenummeret må bestå av nøyaktig 8 siffer.")]
    public void Customer_number(string culture, string message) =>
        Assert.Equal(message, TestCulture.In(culture, () => CustomerNumber.Parse("1234567").Error));

    [Theory]
    [InlineData("en-GB", "Synthetic test numbers are not allowed here.")]
    [InlineData("nn-NO", "Syntetiske testnummer er ikkje tillatne her.")]
    public void National_identity_number(string culture, string message) =>
        Assert.Equal(message, TestCulture.In(culture, () => NationalIdentityNumber.Parse(NationalIdentityNumber.Compose(new DateOnly(1990, 5, 17), 123, synthetic: true)!.Value, allowSynthetic: false).Error));

    [Theory]
    [InlineData("en-GB", "The account number is not valid: the check digit does not match.")]
    [InlineData("nn-NO", "Kontonummeret er ikkje gyldig: kontrollsifferet stemmer ikkje.")]
    public void Bank_account_number(string culture, string message) =>
        Assert.Equal(message, TestCulture.In(culture, () => BankAccountNumber.Parse("5201 06 12348").Error));

    [Theory]
    [InlineData("en-GB", "The KID number is not valid: the check digit does not match.")]
    [InlineData("nn-NO", "KID er ikkje gyldig: kontrollsifferet stemmer ikkje.")]
    public void Kid_number(string culture, string message) =>
        Assert.Equal(message, TestCulture.In(culture, () => Kid.Parse("12").Error));

    [Theory]
    [InlineData("en-GB", "Metering point IDs of Norwegian installations start with 7070575.")]
    [InlineData("nn-NO", "Målepunkt-ID for norske anlegg byrjar med 7070575.")]
    public void Metering_point_id(string culture, string message) =>
        Assert.Equal(message, TestCulture.In(culture, () => MeteringPointId.Parse("573057500088553215").Error));

    [Theory]
    [InlineData("en-GB", "The due date can be moved by up to 40 days, to 19 January 2027.", "The new due date is 19 January 2027. Interest of 95.89 kr will be added to your next invoice.")]
    [InlineData("nn-NO", "Forfallsdatoen kan flyttast inntil 40 dagar, til 19.01.2027.", "Ny forfallsdato er 19.01.2027. Renter på 95,89 kr kjem på neste faktura.")]
    public void Payment_deferral(string culture, string refused, string granted)
    {
        var due = new DateOnly(2026, 12, 10);
        string? Ask(int days) => TestCulture.In(culture, () => PaymentDeferralPolicy.Decide(
            PaymentDeferralRules.Example, new DeferralCandidate("1", due, 10_000m, InvoiceStatus.Open, false), [], due.AddDays(days), invoicedThroughSupplier: false).Message);

        Assert.Equal((refused, granted), (Ask(41), Ask(40)));
    }
}
