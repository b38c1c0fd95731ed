namespace BKK.Portal.Application.Privacy;

/// <summary>
/// How long data is kept: while a customer, then a number of whole years for a law (or deleted
/// continuously when null). The notice's sentence is a template with {0} for the years, so the
/// number the notice promises is the number the retention job uses.
/// </summary>
public sealed record RetentionRule(string Key, Text Template, int? YearsAfterRelationshipEnds)
{
    /// <summary>The sentence of the notice, with the years filled in.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Text Description => YearsAfterRelationshipEnds is { } years
        ? new Text(Fill(Template.Nb, years), Fill(Template.Nn, years), Fill(Template.En, years))
        : Template;

    private static string Fill(string template, int years) =>
        template.Replace("{0}", years.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
