using System.Globalization;
using System.Text;
using System.Text.Json;
using BKK.Portal.Domain.Privacy;
using BKK.Portal.Application.Privacy;

namespace BKK.Portal.Application.Retention;

/// <summary>What one run of the retention job did (or, in a dry run, would do): counts only.</summary>
public sealed class RetentionReport(DateOnly today, bool dryRun, string catalogueVersion)
{
    private readonly Dictionary<RetentionItem, long> _counts = RetentionItem.All.ToDictionary(i => i, _ => 0L);

    public DateOnly Today { get; } = today;

    public bool DryRun { get; } = dryRun;

    public string CatalogueVersion { get; } = catalogueVersion;

    public RetentionRunOutcome Outcome { get; set; } = RetentionRunOutcome.Completed;

    /// <summary>Relationships still running: nothing of them goes.</summary>
    public int ActiveRelationships { get; set; }

    /// <summary>Ended relationships held by an open debt collection case: nothing of them goes.</summary>
    public int HeldRelationships { get; set; }

    /// <summary>Ended relationships of which something went or was anonymised in this run.</summary>
    public int TreatedRelationships { get; set; }

    /// <summary>Ended relationships of which nothing was due yet.</summary>
    public int KeptRelationships { get; set; }

    public long this[RetentionItem item] => _counts[item];

    public long Total => _counts.Values.Sum();

    public void Add(IReadOnlyDictionary<RetentionItem, long> counts)
    {
        foreach (var (item, count) in counts)
        {
            _counts[item] += count;
        }
    }

    public string ToJson() => JsonSerializer.Serialize(new Dictionary<string, long>(
        RetentionItem.All.Select(i => KeyValuePair.Create(i.CountName, _counts[i]))
            .Concat(
            [
                KeyValuePair.Create("relationships.active", (long)ActiveRelationships),
                KeyValuePair.Create("relationships.held", (long)HeldRelationships),
                KeyValuePair.Create("relationships.kept", (long)KeptRelationships),
                KeyValuePair.Create("relationships.treated", (long)TreatedRelationships),
            ])));

    /// <summary>The table the command prints: one line per kind of record, with the catalogue's category and rule.</summary>
    public string ToTable(PrivacyCatalogue catalogue)
    {
        var nb = Languages.Bokmal;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Oppbevaring og sletting {Today:yyyy-MM-dd}, personvernerklæring {CatalogueVersion}{(DryRun ? " (prøvekjøring: ingenting er endret)" : string.Empty)}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"Kategori",-34} {"Regel",-22} {"Opplysning",-40} {(DryRun ? "Slettes" : "Slettet"),12} {(DryRun ? "Anonymiseres" : "Anonymisert"),13}");
        foreach (var item in RetentionItem.All)
        {
            var category = catalogue.Category(item.CategoryKey);
            var rule = catalogue.RetentionFor(category);
            var ruleText = item.Trigger ?? (rule.YearsAfterRelationshipEnds is { } years ? $"kunde + {years} år" : "fortløpende");
            var deleted = item.Action == RetentionAction.Deleted ? _counts[item].ToString("N0", nb) : "–";
            var anonymised = item.Action == RetentionAction.Anonymised ? _counts[item].ToString("N0", nb) : "–";
            text.AppendLine(CultureInfo.InvariantCulture, $"{category.Name.Nb,-34} {ruleText,-22} {item.Label,-40} {deleted,12} {anonymised,13}");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Kundeforhold: {ActiveRelationships} løpende, {KeptRelationships} avsluttet og innenfor oppbevaringstiden, {HeldRelationships} holdt tilbake (åpen inkassosak), {TreatedRelationships} behandlet.");
        text.Append(Outcome switch
        {
            RetentionRunOutcome.Completed => DryRun ? "Prøvekjøringen er fullført." : "Fullført.",
            RetentionRunOutcome.Skipped => "Ikke kjørt: en annen instans av portalen kjører jobben nå (lease i databasen). Prøv igjen senere.",
            _ => "Stoppet av en feil (se loggen). Det som var ferdig, er lagret; neste kjøring tar resten.",
        });
        return text.ToString();
    }
}
