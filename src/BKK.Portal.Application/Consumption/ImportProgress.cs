namespace BKK.Portal.Application.Consumption;

/// <summary>How far the import has come: lines read, then values written of those accepted.</summary>
public sealed record ImportProgress(string Phase, long Done, long Total)
{
    public const string Reading = "lest";
    public const string Writing = "skrevet";
}
