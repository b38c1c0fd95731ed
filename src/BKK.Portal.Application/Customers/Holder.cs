namespace BKK.Portal.Application.Customers;

/// <summary>A holder as the person sees them: the masked identity number only with a grant that covers account data.</summary>
public sealed record Holder(string Name, string? MaskedNationalIdentityNumber);
