namespace BKK.Portal.Domain.Sharing;

/// <summary>How many calls a token made on one Oslo day; the owner sees it on Deling av data.</summary>
public sealed class ApiTokenUsage
{
    private ApiTokenUsage()
    {
    }

    public ApiTokenUsage(int apiTokenId, DateOnly day, long calls)
    {
        ApiTokenId = apiTokenId;
        Day = day;
        Calls = calls;
    }

    public int ApiTokenId { get; private set; }

    public DateOnly Day { get; private set; }

    public long Calls { get; private set; }
}
