namespace BKK.Portal.Application.Customers;

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
