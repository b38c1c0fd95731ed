namespace BKK.Portal.Web.Consent;

/// <summary>Third parties the portal loads only with consent (section <c>ThirdParties</c>).</summary>
public sealed class ThirdPartyOptions
{
    public const string SectionName = "ThirdParties";

    /// <summary>Google Analytics 4 measurement id ("G-…"); empty means no analytics at all.</summary>
    public string? AnalyticsMeasurementId { get; set; }

    /// <summary>The YouTube video of the help page on reading the meter.</summary>
    public string MeterVideoId { get; set; } = "M7lc1UVf-VE";
}
