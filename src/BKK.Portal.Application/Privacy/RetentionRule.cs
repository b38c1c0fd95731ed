namespace BKK.Portal.Application.Privacy;

/// <summary>
/// How long data is kept: while a customer, then a number of whole years for a law (or deleted
/// continuously when null); or, for records that live on their own (the messages sent), a number of days
/// after the record. The notice's sentence is a template with {0} for the years or days, so the
/// number the notice promises is the number the retention job uses.
/// </summary>
public sealed record RetentionRule(string Key, Text Template, int? YearsAfterRelationshipEnds, int? DaysAfterRecord = null)
{
    /// <summary>The sentence of the notice, with the years (or days) filled in.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Text Description => (YearsAfterRelationshipEnds ?? DaysAfterRecord) is { } number
        ? new Text(Fill(Template.Nb, number), Fill(Template.Nn, number), Fill(Template.En, number))
        : Template;

    private static string Fill(string template, int years) =>
        template.Replace("{0}", years.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
