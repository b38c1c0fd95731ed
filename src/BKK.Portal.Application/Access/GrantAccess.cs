namespace BKK.Portal.Application.Access;

/// <summary>Access for another person (fullmakt) as typed in the form.</summary>
public sealed class GrantAccess
{
    public string? NationalIdentityNumber { get; set; }

    public string? Name { get; set; }

    public AccessLevel? Level { get; set; }
}
