namespace BKK.Portal.Application.Privacy;

/// <summary>A text of the privacy notice in bokmål, nynorsk and English.</summary>
public sealed record Text(string Nb, string Nn, string En)
{
    public string In(Language language) => language switch
    {
        Language.Nynorsk => Nn,
        Language.English => En,
        _ => Nb,
    };

    /// <summary>The three texts, bokmål first: for checks that every language has its text.</summary>
    public IEnumerable<string> All() => [Nb, Nn, En];
}
