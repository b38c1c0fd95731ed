namespace BKK.Portal.Application.Retention;

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
    public static RetentionItem StaffAccesses { get; } = new("staff-accesses", "security", RetentionAction.Deleted, "Kundeservices innsyn i kundeforhold (tilgangslogg)");
    public static RetentionItem AuditActors { get; } = new("audit-actors", "security", RetentionAction.Anonymised, "Revisjonslogg, person fjernet", "med personen");
    public static RetentionItem ConsentRecords { get; } = new("consent-records", "electronic", RetentionAction.Deleted, "Samtykker til informasjonskapsler");
    public static RetentionItem LoginSessions { get; } = new("login-sessions", "electronic", RetentionAction.Deleted, "Innloggingsøkter", "når innloggingen er over");
    public static RetentionItem OutboxMessages { get; } = new("outbox-messages", "messages", RetentionAction.Deleted, "Varsler sendt på SMS og e-post", "dager etter sending, og med personen");

    public static RetentionItem ServiceRequests { get; } = new("service-requests", "customer", RetentionAction.Deleted, "Forespørsler om HAN-port og sluttavlesninger ved flytting", "med målepunktet");
    public static RetentionItem RegisterReadings { get; } = new("register-readings", "consumption", RetentionAction.Deleted, "Avlesninger av målere som ikke sender verdier", "med målepunktet");
    public static RetentionItem RegisterReadingPhotos { get; } = new("reading-photos", "reading-photos", RetentionAction.Deleted, "Bilder av måleren sendt med en avlesning", "dager etter avlesningen");
    public static RetentionItem ApiTokens { get; } = new("api-tokens", "sharing", RetentionAction.Deleted, "Nøkler for deling av data", "dager etter at de utløp eller ble trukket tilbake");
    public static RetentionItem ApiTokenUsages { get; } = new("api-calls", "sharing", RetentionAction.Deleted, "Antall kall per nøkkel og dag", "dager etter dagen");

    public static IReadOnlyList<RetentionItem> All { get; } =
    [
        MeterValues, MeteringPoints, Invoices, Payments, UnpaidInvoices, Inquiries, InquiryAuthors,
        AccessGrants, Relationships, People, AuditEntries, StaffAccesses, AuditActors, ConsentRecords, LoginSessions, OutboxMessages, ApiTokens, ApiTokenUsages, ServiceRequests,
        RegisterReadings, RegisterReadingPhotos,
    ];

    /// <summary>"consumption.meter-values.deleted": the name of its count in the run table.</summary>
    public string CountName => $"{CategoryKey}.{Key}.{(Action == RetentionAction.Deleted ? "deleted" : "anonymised")}";
}
