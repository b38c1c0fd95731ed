using BKK.Portal.Application.Access;
using BKK.Portal.Application.Common;
using BKK.Portal.Application.Tests.Common;
using BKK.Portal.Domain.Access;
using BKK.Portal.Domain.Customers;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Application.Tests.Access;

public sealed class GrantAccessValidatorTests : IAsyncLifetime
{
    private static readonly NationalIdentityNumber Nils = NationalIdentityNumber.Compose(new DateOnly(1990, 5, 17), 123, synthetic: true)!;
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _database.Db.People.Add(new Person("nils", "Nils  Nilsen", Nils, ContactData.Empty));
        await _database.Db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private GrantAccessValidator Validator(bool synthetic = true) => new(_database.Db, Options.Create(new IdentityNumberOptions { AcceptSyntheticNumbers = synthetic }), TestLocalizer.For<AccessRuleTexts>());

    [Theory]
    [InlineData(null, "Skriv inn fødselsnummeret")]
    [InlineData("1705901234", "11 siffer")]
    [InlineData("170590123456", "11 siffer")]
    [InlineData("1705901234x", "11 siffer")]
    public async Task The_identity_number_needs_eleven_digits(string? number, string message) =>
        Assert.Contains(message, (await Validator().ValidateAsync(new GrantAccess { NationalIdentityNumber = number, Name = "Nils Nilsen", Level = AccessLevel.Full })).Errors.Single().ErrorMessage, StringComparison.Ordinal);

    [Fact]
    public async Task A_wrong_check_digit_and_a_synthetic_number_where_they_are_not_accepted_are_invalid()
    {
        var wrong = Nils.Value[..10] + (char)('0' + ((Nils.Value[10] - '0' + 1) % 10));
        Assert.Contains("ikke gyldig", (await Validator().ValidateAsync(new GrantAccess { NationalIdentityNumber = wrong, Name = "Nils Nilsen", Level = AccessLevel.Full })).Errors.Single().ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("ikke gyldig", (await Validator(synthetic: false).ValidateAsync(new GrantAccess { NationalIdentityNumber = Nils.Value, Name = "Nils Nilsen", Level = AccessLevel.Full })).Errors.Single().ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Nils Nilsen", true)]
    [InlineData("nils   nilsen", true)]      // case and spacing do not matter
    [InlineData("Nils Nilssen", false)]      // the name must be the person's
    public async Task The_number_and_name_must_belong_to_a_user_of_mine_sider(string name, bool valid)
    {
        var result = await Validator().ValidateAsync(new GrantAccess { NationalIdentityNumber = Nils.Value, Name = name, Level = AccessLevel.Limited });

        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            Assert.Equal(nameof(GrantAccess.NationalIdentityNumber), result.Errors.Single().PropertyName);
            Assert.Equal("Vi finner ingen bruker av Mine sider med dette fødselsnummeret og navnet. Personen må ha logget inn på Mine sider minst én gang.", result.Errors.Single().ErrorMessage);
        }
    }

    [Theory]
    [InlineData(null, "Velg hvilken tilgang")]
    [InlineData(AccessLevel.Owner, "begrenset eller full")]
    public async Task Only_limited_or_full_access_can_be_given(AccessLevel? level, string message) =>
        Assert.Contains(message, (await Validator().ValidateAsync(new GrantAccess { NationalIdentityNumber = Nils.Value, Name = "Nils Nilsen", Level = level })).Errors.Single().ErrorMessage, StringComparison.Ordinal);

    [Fact]
    public async Task A_name_is_needed_and_at_most_200_characters()
    {
        Assert.Contains("Skriv inn navnet", (await Validator().ValidateAsync(new GrantAccess { NationalIdentityNumber = Nils.Value, Name = " ", Level = AccessLevel.Full })).Errors.Single().ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("høyst 200", (await Validator().ValidateAsync(new GrantAccess { NationalIdentityNumber = Nils.Value, Name = new string('N', 201), Level = AccessLevel.Full })).Errors.First().ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-GB", "Enter the person's name.")]
    [InlineData("nn-NO", "Skriv inn namnet til personen.")]
    public async Task The_messages_are_in_the_language_of_the_request(string culture, string message) =>
        Assert.Equal(message, await TestCulture.InAsync(culture, async () =>
            (await Validator().ValidateAsync(new GrantAccess { NationalIdentityNumber = Nils.Value, Name = " ", Level = AccessLevel.Full })).Errors.Single().ErrorMessage));
}
