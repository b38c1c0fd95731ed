namespace BKK.Portal.Application.Sharing;

/// <summary>A token as its owner sees it on Deling av data: never the token itself, only its prefix.</summary>
public sealed record ApiTokenRow(
    int Id,
    string Name,
    string Prefix,
    ApiScopes Scopes,
    IReadOnlyList<string> MeteringPoints,
    string CreatedBy,
    bool CreatedByYou,
    DateTime CreatedUtc,
    DateTime ExpiresUtc,
    DateTime? RevokedUtc,
    DateTime? LastUsedUtc,
    long CallsToday,
    long CallsLast30Days)
{
    public bool IsActiveAt(DateTime nowUtc) => RevokedUtc is null && nowUtc < ExpiresUtc;
}
