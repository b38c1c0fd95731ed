using System.Globalization;
using System.Text;
using System.Text.Json;
using BKK.Portal.Domain.Privacy;

namespace BKK.Portal.Application.Privacy;

public enum RetentionAction
{
    Deleted = 1,
    Anonymised = 2,
}

/// <summary>
/// A kind of record the retention job deletes or anonymises, and the catalogue's data category whose rule it
/// follows; <c>Trigger</c> says when it goes where that is not the category's rule in years (a person goes with their last link).
/// </summary>
public sealed record RetentionItem(string Key, string CategoryKey, RetentionAction Action, string Label, string? Trigger = null)
{
    public static RetentionItem MeterValues { get; } = new("meter-values", "consumption", RetentionAction.Deleted, "Måleverdier");
    public static RetentionItem MeteringPoints { get; } = new("metering-points", "consumption", RetentionAction.Deleted, "Målepunkter");
    public static RetentionItem Invoices { get; } = new("invoices", "invoicing", RetentionAction.Deleted, "Fakturaer, oppgjort");
    public static RetentionItem Payments { get; } = new("payments", "invoicing", RetentionAction.Deleted, "Betalinger");
    public static RetentionItem UnpaidInvoices { get; } = new("unpaid-invoices", "claims", RetentionAction.Deleted, "Fakturaer, ubetalt krav");
    public static RetentionItem Inquiries { get; } = new("inquiries", "customer", RetentionAction.Deleted, "Henvendelser med sakslogg");
    public static RetentionItem InquiryAuthors { get; } = new("inquiry-authors", "customer", RetentionAction.Anonymised, "Innlegg i henvendelser, navn fjernet", "med personen");
    public static RetentionItem AccessGrants { get; } = new("access-grants", "customer", RetentionAction.Deleted, "Tilganger og fullmakter");
    public static RetentionItem Relationships { get; } = new("relationships", "customer", RetentionAction.Deleted, "Kundeforhold");
    public static RetentionItem People { get; } = new("people", "personal", RetentionAction.Deleted, "Personer med kontaktopplysninger", "uten tilgang igjen");
    public static RetentionItem AuditEntries { get; } = new("audit-entries", "security", RetentionAction.Deleted, "Revisjonslogg");
    public static RetentionItem AuditActors { get; } = new("audit-actors", "security", RetentionAction.Anonymised, "Revisjonslogg, person fjernet", "med personen");
    public static RetentionItem ConsentRecords { get; } = new("consent-records", "electronic", RetentionAction.Deleted, "Samtykker til informasjonskapsler");
    public static RetentionItem LoginSessions { get; } = new("login-sessions", "electronic", RetentionAction.Deleted, "Innloggingsøkter", "når innloggingen er over");

    public static IReadOnlyList<RetentionItem> All { get; } =
    [
        MeterValues, MeteringPoints, Invoices, Payments, UnpaidInvoices, Inquiries, InquiryAuthors,
        AccessGrants, Relationships, People, AuditEntries, AuditActors, ConsentRecords, LoginSessions,
    ];

    /// <summary>"consumption.meter-values.deleted": the name of its count in the run table.</summary>
    public string CountName => $"{CategoryKey}.{Key}.{(Action == RetentionAction.Deleted ? "deleted" : "anonymised")}";
}

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
        var nb = CultureInfo.GetCultureInfo("nb-NO");
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
