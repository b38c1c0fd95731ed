namespace BKK.Portal.Application.Privacy;

/// <summary>A text of the privacy notice in bokmål and English.</summary>
public sealed record Text(string Nb, string En)
{
    public string In(Language language) => language == Language.English ? En : Nb;
}
