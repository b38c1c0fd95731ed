namespace BKK.Portal.Web.Sharing;

/// <summary>The API's settings (section <c>Api</c>).</summary>
public sealed class ApiOptions
{
    public const string SectionName = "Api";

    /// <summary>Calls per minute per token; the rest get 429 with Retry-After.</summary>
    public int CallsPerMinute { get; set; } = 60;

    /// <summary>How often the counted calls are written to the database, in seconds.</summary>
    public int UsageFlushSeconds { get; set; } = 10;
}
