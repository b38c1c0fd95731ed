using BKK.Portal.Application.Access;
using BKK.Portal.Application.Common;
using BKK.Portal.Domain.Access;
using BKK.Portal.Domain.Audit;
using BKK.Portal.Domain.Customers;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace BKK.Portal.Application.Customers;

/// <summary>A holder as the person sees them: the masked identity number only with a grant that covers account data.</summary>
public sealed record Holder(string Name, string? MaskedNationalIdentityNumber);

public sealed record RelationshipDetails(
    string CustomerNumber,
    string HolderName,
    CustomerType CustomerType,
    TariffType TariffType,
    DateOnly StartDate,
    DateOnly? EndDate,
    string? OrganisationNumber,
    AccessLevel AccessLevel,
    IReadOnlyList<Holder> Holders,
    ContactData? Contact)
{
    /// <summary>Contact data is the holder's own (ADR 0019): only a holder changes it; a full grant reads it.</summary>
    public bool MayChangeContact => Contact is not null && AccessLevel == AccessLevel.Owner;
}

/// <summary>The contact data a customer changes on Kundeforhold, as typed in the form.</summary>
public sealed class ChangeContactData
{
    public string? AddressLine { get; set; }

    public string? PostalCode { get; set; }

    public string? PostalPlace { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public static ChangeContactData From(ContactData contact) => new()
    {
        AddressLine = contact.AddressLine,
        PostalCode = contact.PostalCode,
        PostalPlace = contact.PostalPlace,
        Phone = contact.Phone,
        Email = contact.Email,
    };
}

/// <summary>
/// The rules of <see cref="ChangeContactData"/>, with their Norwegian messages. Every rule is a
/// kind FluentValidation's client adapters mirror in the browser (required, length, pattern).
/// </summary>
public sealed class ChangeContactDataValidator : AbstractValidator<ChangeContactData>
{
    /// <summary>Norwegian: 8 digits, optionally after +47 or 0047; spaces allowed between digits.</summary>
    public const string NorwegianPhone = @"^\s*(?:(?:\+|00)47\s*)?(?:[0-9]\s*){8}$";

    /// <summary>Another country: E.164, + and 7 to 15 digits, the first not 0 and the country not 47 (not even spaced out).</summary>
    public const string ForeignPhone = @"^\s*\+(?!4\s*7)[1-9](?:\s*[0-9]){6,14}\s*$";

    /// <summary>
    /// Name, domain and top-level domain; no quotes, angle brackets or backticks anywhere: valid in theory
    /// (RFC 5322 quoted names), but a payload for every system the address is handed on to.
    /// </summary>
    public const string Email = @"^[^@\s""'`<>]+@[^@\s""'`<>]+\.[^@\s.""'`<>]{2,}$";

    /// <summary>Letters of Norwegian and Sami place names, spelled out: the browser's patterns know no \p{L}.</summary>
    private const string Letters = "A-Za-zÆØÅæøåÄÖÜäöüÉéÈèÁáÓóÍíÚúÑñŠšČčĐđŊŋŦŧŽžÏï";

    public ChangeContactDataValidator()
    {
        RuleFor(c => c.AddressLine).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Skriv inn adressen.")
            .MaximumLength(200).WithMessage("Adressen kan ha høyst 200 tegn.");
        RuleFor(c => c.PostalCode).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Skriv inn postnummeret.")
            .Matches(@"^\s*(?!0000)[0-9]{4}\s*$").WithMessage("Postnummeret må ha fire siffer, for eksempel 5020.");
        RuleFor(c => c.PostalPlace).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Skriv inn poststedet.")
            .MaximumLength(100).WithMessage("Poststedet kan ha høyst 100 tegn.")
            .Matches($"^[{Letters}][{Letters} .'-]*$").WithMessage("Poststedet kan bare ha bokstaver, mellomrom, punktum, bindestrek og apostrof.");
        RuleFor(c => c.Phone).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Skriv inn telefonnummeret.")
            .Matches($"{NorwegianPhone}|{ForeignPhone}")
            .WithMessage("Telefonnummeret må ha 8 siffer (gjerne med +47 foran), eller landskode med + og opptil 15 siffer.");
        RuleFor(c => c.Email).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Skriv inn e-postadressen.")
            .MaximumLength(254).WithMessage("E-postadressen kan ha høyst 254 tegn.")
            .Matches(Email).WithMessage("Skriv inn en gyldig e-postadresse, for eksempel navn@eksempel.no.");
    }

    /// <summary>The phone number as stored: without spaces, a Norwegian one with +47.</summary>
    public static string NormalisePhone(string phone)
    {
        var digits = string.Concat(phone.Where(c => !char.IsWhiteSpace(c)));
        if (digits.StartsWith("0047", StringComparison.Ordinal))
        {
            digits = "+" + digits[2..];
        }

        return digits.Length == 8 && digits.All(char.IsAsciiDigit) ? "+47" + digits : digits;
    }
}

/// <summary>
/// Kundeforhold: the relationship, its holders, and the contact data of its owner. The contact data is the
/// holder's own (a person's, the same on each of their relationships), so only the holder changes it
/// (docs/decisions/0019-contact-data-is-the-holders-own.md): a full grant sees it read-only, or it could
/// redirect the holder's messages for every other relationship. A limited grant sees the relationship and
/// the holders' names, but no contact data and no identity number.
/// </summary>
public sealed class ContactDetailsService(IPortalDbContext db, IValidator<ChangeContactData> validator, AuditLog audit, ICurrentUser user)
{
    public async Task<RelationshipDetails> GetAsync(AuthorizedRelationship relationship, CancellationToken cancellationToken)
    {
        var r = await db.CustomerRelationships.AsNoTracking().SingleAsync(x => x.Id == relationship.RelationshipId, cancellationToken);
        var owners = await Owners(relationship).AsNoTracking().ToListAsync(cancellationToken);
        return new RelationshipDetails(
            r.CustomerNumber.Value, r.HolderName, r.CustomerType, r.TariffType, r.StartDate, r.EndDate, r.OrganisationNumber?.Value, relationship.Level,
            owners.Select(o => new Holder(o.Name, relationship.CoversAccountData ? o.NationalIdentityNumber.Masked : null)).ToList(),
            relationship.CoversAccountData ? owners.FirstOrDefault()?.Contact : null);
    }

    /// <returns>The validation result; when valid, the change and its audit entries are saved together.</returns>
    public async Task<FluentValidation.Results.ValidationResult> ChangeAsync(AuthorizedRelationship relationship, ChangeContactData command, CancellationToken cancellationToken)
    {
        if (relationship.Level != AccessLevel.Owner)
        {
            throw new RelationshipAccessDeniedException();
        }

        var result = await validator.ValidateAsync(command, cancellationToken);
        if (!result.IsValid)
        {
            return result;
        }

        // The logged-in holder's own record (sorted first): a co-holder changes their own, never the other's.
        var owner = await Owners(relationship).FirstAsync(cancellationToken);
        var changed = owner.ChangeContact(new ContactData(
            command.AddressLine!.Trim(), command.PostalCode!.Trim(), command.PostalPlace!.Trim(), ChangeContactDataValidator.NormalisePhone(command.Phone!), command.Email!.Trim()));
        foreach (var field in changed)
        {
            audit.Add(relationship, AuditAction.ContactDataChanged, field);
        }

        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// The owners, the one logged in first: contact data belongs to the holder (a person), and a
    /// co-owner sees and changes their own.
    /// </summary>
    private IQueryable<Person> Owners(AuthorizedRelationship relationship) =>
        db.AccessGrants.Where(g => g.CustomerRelationshipId == relationship.RelationshipId && g.Level == AccessLevel.Owner)
            .OrderBy(g => g.Person.Subject == user.Subject ? 0 : 1).ThenBy(g => g.Id).Select(g => g.Person);
}
