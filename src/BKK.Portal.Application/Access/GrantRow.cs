namespace BKK.Portal.Application.Access;

public sealed record GrantRow(int Id, string Name, string MaskedNationalIdentityNumber, AccessLevel Level, DateTime GrantedAtUtc, bool IsYou);
