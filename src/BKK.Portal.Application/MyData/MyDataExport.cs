using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using BKK.Portal.Application.Consumption;
using Microsoft.Extensions.Localization;

namespace BKK.Portal.Application.MyData;

/// <summary>The number of records of each category in a "Mine data" download, as its summary lists them.</summary>
public sealed record MyDataCounts(int Relationships, int MeteringPoints, long MeterValues, int Invoices, int Payments, int Inquiries, int AccessGrants, int ConsentRecords, int AuditEntries, int LoginSessions, int CustomerServiceOpenings = 0, int Messages = 0);

/// <summary>
/// "Mine data" (GDPR Art. 15 and 20): everything the portal holds about the logged-in person, as
/// one ZIP: a readable summary (HTML) and machine-readable JSON and CSV. Data of the relationships
/// the person owns is included; what others own and only lent them access to is not theirs to take.
/// Meter values stream from the database into the ZIP, so years of them never sit in memory. The summary
/// and the payments' CSV header are in the language of the request; the file names and the meter values'
/// CSV (the import format) are the same in every language.
/// </summary>
public sealed class MyDataExport(IPortalDbContext db, IMeterReadings readings, CustomerService.StaffAccessLog staffAccess, TimeProvider clock, IStringLocalizer<MyDataExportTexts> texts)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public async Task<MyDataCounts> WriteAsync(string subject, string? consentId, Stream output, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Subject == subject, cancellationToken);
        var grants = await db.AccessGrants.AsNoTracking().Where(g => g.PersonId == person.Id)
            .Select(g => new { g.CustomerRelationshipId, g.Relationship.CustomerNumber, g.Relationship.HolderName, g.Level, g.GrantedAtUtc }).ToListAsync(cancellationToken);
        var owned = grants.Where(g => g.Level == AccessLevel.Owner).Select(g => g.CustomerRelationshipId).ToList();
        var relationships = await db.CustomerRelationships.AsNoTracking().Where(r => owned.Contains(r.Id)).ToListAsync(cancellationToken);
        var points = await db.MeteringPoints.AsNoTracking().Where(m => owned.Contains(m.CustomerRelationshipId)).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        var invoices = await db.Invoices.AsNoTracking().Include(i => i.Lines).Include(i => i.Payments)
            .Where(i => owned.Contains(i.CustomerRelationshipId)).OrderBy(i => i.Number).ToListAsync(cancellationToken);
        var inquiries = await db.Inquiries.AsNoTracking().Include(i => i.Messages).Where(i => i.CustomerRelationshipId != null && owned.Contains(i.CustomerRelationshipId.Value)).OrderBy(i => i.Id).ToListAsync(cancellationToken);
        var consents = consentId is null ? [] : await db.ConsentRecords.AsNoTracking().Where(c => c.ConsentId == consentId).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var audit = await db.AuditEntries.AsNoTracking().Where(a => a.ActorSubject == subject || owned.Contains(a.CustomerRelationshipId)).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        // The logins kept for this person (times only: the reference and the ticket are keys, not information about them).
        var sessions = await db.LoginSessions.AsNoTracking().Where(s => s.Subject == subject).OrderBy(s => s.CreatedUtc)
            .Select(s => new { s.CreatedUtc, s.LastSeenUtc, s.ExpiresUtc }).ToListAsync(cancellationToken);
        var openings = await staffAccess.OfHolderAsync(subject, cancellationToken);
        var choices = await db.NotificationChoices.AsNoTracking().Where(c => c.PersonId == person.Id)
            .Join(db.CustomerRelationships, c => c.CustomerRelationshipId, r => r.Id, (c, r) => new { r.CustomerNumber, c.SmsKinds, c.EmailKinds, c.Language, c.CapacityMarginKw, c.DailyLimitKwh, c.ChangedUtc })
            .ToListAsync(cancellationToken);
        var messages = await db.OutboxMessages.AsNoTracking().Where(m => m.PersonId == person.Id).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        var tokens = await db.ApiTokens.AsNoTracking().Where(t => t.CreatedByPersonId == person.Id).OrderBy(t => t.Id)
            .Join(db.CustomerRelationships, t => t.CustomerRelationshipId, r => r.Id, (t, r) => new { t.Id, r.CustomerNumber, t.Name, t.Prefix, t.Scopes, t.CreatedUtc, t.ExpiresUtc, t.RevokedUtc, t.LastUsedUtc })
            .ToListAsync(cancellationToken);
        var requests = await db.ServiceRequests.AsNoTracking().Where(r => owned.Contains(r.CustomerRelationshipId)).OrderBy(r => r.Id)
            .Join(db.MeteringPoints, r => r.MeteringPointKey, m => m.Id, (r, m) => new { m.MeteringPointId, r.Kind, r.RequestedUtc, r.OnDate, r.ReadingKwh, r.CompletedUtc })
            .ToListAsync(cancellationToken);
        var payoutAccounts = await db.PayoutAccounts.AsNoTracking().Where(a => owned.Contains(a.CustomerRelationshipId)).ToListAsync(cancellationToken);
        var pointKeys = points.Select(m => m.Id).ToList();
        var registerReadings = await db.RegisterReadings.AsNoTracking().Where(r => pointKeys.Contains(r.MeteringPointKey)).OrderBy(r => r.Id)
            .Join(db.MeteringPoints, r => r.MeteringPointKey, m => m.Id, (r, m) => new { r.Id, m.MeteringPointId, r.OnDate, r.RegisterKwh, r.Source, r.State, r.Check, r.ConsumptionKwh, r.ReceivedUtc, r.CheckedUtc })
            .ToListAsync(cancellationToken);
        var readingIds = registerReadings.Select(r => r.Id).ToList();
        var photos = await db.RegisterReadingPhotos.AsNoTracking().Where(p => readingIds.Contains(p.RegisterReadingId)).ToListAsync(cancellationToken);
        var tokenIds = tokens.Select(t => t.Id).ToList();
        var tokenCalls = await db.ApiTokenUsages.AsNoTracking().Where(u => tokenIds.Contains(u.ApiTokenId)).OrderBy(u => u.Day).ToListAsync(cancellationToken);

        await using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        await WriteJsonAsync(zip, "profil.json", new
        {
            person.Name,
            NationalIdentityNumber = person.NationalIdentityNumber.Value,
            person.Contact.AddressLine,
            person.Contact.PostalCode,
            person.Contact.PostalPlace,
            person.Contact.Phone,
            person.Contact.Email,
        }, cancellationToken);
        await WriteJsonAsync(zip, "kundeforhold.json", relationships.Select(r => new
        {
            CustomerNumber = r.CustomerNumber.Value, r.HolderName, CustomerType = r.CustomerType.ToString(), TariffType = r.TariffType.ToString(),
            r.StartDate, r.EndDate, OrganisationNumber = r.OrganisationNumber?.Value, r.InvoicedThroughSupplier, r.NorgesprisFrom,
            PayoutAccount = payoutAccounts.Where(a => a.CustomerRelationshipId == r.Id).Select(a => new { a.AccountNumber, a.HolderName, a.ChangedUtc, a.PayableFromUtc }).FirstOrDefault(),
            MeteringPoints = points.Where(m => m.CustomerRelationshipId == r.Id).Select(m => new
            {
                MeteringPointId = m.MeteringPointId.Value, m.MeterNumber, InstallationType = m.InstallationType.ToString(), MeterType = m.MeterType.ToString(),
                Address = m.Address.ToString(), Resolution = m.Resolution.ToString(), m.Since,
            }),
        }), cancellationToken);
        await WriteJsonAsync(zip, "fakturaer.json", invoices.Select(i => new
        {
            i.Number, i.PeriodStart, i.IssueDate, i.DueDate, i.OriginalDueDate, Kid = i.Kid.Value, Delivery = i.Delivery.ToString(),
            i.AmountExclVat, i.VatRate, i.Vat, i.AmountInclVat, i.DeferralInterest, Status = i.StatusOn(Domain.Common.OsloTime.Today(clock)).ToString(),
            Lines = i.Lines.Select(l => new { Kind = l.Kind.ToString(), l.Description, l.Quantity, l.Unit, l.UnitPriceNok, l.AmountExclVat }),
        }), cancellationToken);
        var payments = invoices.SelectMany(i => i.Payments.Select(p => (Invoice: i.Number, Payment: p))).OrderBy(p => p.Payment.PaidOn).ToList();
        await WriteTextAsync(zip, "betalinger.csv", texts["Csv.PaymentsHeader"] + "\r\n" + string.Concat(payments.Select(p =>
            $"{p.Payment.PaidOn:yyyy-MM-dd};{p.Invoice};{p.Payment.Amount.ToString("0.00", System.Globalization.CultureInfo.CurrentCulture)};{DisplayNames.Of(p.Payment.Method)};{p.Payment.Kid}\r\n")), cancellationToken);
        await WriteJsonAsync(zip, "henvendelser.json", inquiries.Select(i => new
        {
            i.Id, Topic = i.Topic.ToString(), Status = i.Status.ToString(), i.CreatedUtc,
            Messages = i.Messages.OrderBy(m => m.AtUtc).Select(m => new { Author = m.Author.ToString(), m.AuthorName, m.AtUtc, m.Text }),
        }), cancellationToken);
        await WriteJsonAsync(zip, "tilganger.json", grants.Select(g => new { CustomerNumber = g.CustomerNumber.Value, g.HolderName, Level = g.Level.ToString(), g.GrantedAtUtc }), cancellationToken);
        await WriteJsonAsync(zip, "samtykker.json", consents.Select(c => new { c.ConsentId, c.AtUtc, c.CatalogueVersion, c.Choice, c.Categories, c.TextHash }), cancellationToken);
        await WriteJsonAsync(zip, "innlogginger.json", sessions, cancellationToken);
        // When customer service opened the relationships and why: the unit and the time, never the staff member's name.
        await WriteJsonAsync(zip, "kundeservice-innsyn.json", openings.Select(o => new
        {
            o.CustomerNumber, Unit = texts["CustomerServiceUnit"].Value, o.OpenedUtc, OpenUntilUtc = o.ExpiresUtc, Reason = DisplayNames.Reason(o.Reason, o.CaseReference, o.ReasonText),
        }), cancellationToken);
        // The messages chosen and the messages sent to this person (kept as long as the catalogue says).
        await WriteJsonAsync(zip, "varsler.json", new
        {
            Choices = choices.Select(c => new
            {
                CustomerNumber = c.CustomerNumber.Value, Sms = c.SmsKinds.ToString(), Email = c.EmailKinds.ToString(), Language = Languages.Tag(c.Language),
                c.CapacityMarginKw, c.DailyLimitKwh, c.ChangedUtc,
            }),
            Messages = messages.Select(m => new
            {
                Kind = m.Kind.ToString(), Channel = m.Channel.ToString(), m.Recipient, m.Subject, m.Body, Status = m.Status.ToString(), m.CreatedUtc, m.SentUtc,
            }),
        }, cancellationToken);
        // What was asked of customer service about the relationships' metering points: the HAN port, final readings.
        await WriteJsonAsync(zip, "foresporsler.json", requests.Select(r => new
        {
            MeteringPointId = r.MeteringPointId.Value, Kind = r.Kind.ToString(), r.RequestedUtc, r.OnDate, r.ReadingKwh, r.CompletedUtc,
        }), cancellationToken);
        // The readings of the meters that do not send values, and the photos sent with them (as kept: re-encoded, without metadata).
        await WriteJsonAsync(zip, "avlesninger.json", registerReadings.Select(r => new
        {
            MeteringPointId = r.MeteringPointId.Value, r.OnDate, r.RegisterKwh, Source = r.Source.ToString(), State = r.State.ToString(), Check = r.Check.ToString(),
            r.ConsumptionKwh, r.ReceivedUtc, r.CheckedUtc, Photo = photos.Any(p => p.RegisterReadingId == r.Id) ? $"avlesninger/{r.Id}.jpg" : null,
        }), cancellationToken);
        foreach (var photo in photos)
        {
            var photoEntry = zip.CreateEntry($"avlesninger/{photo.RegisterReadingId}.jpg", CompressionLevel.NoCompression);
            await using var stream = await photoEntry.OpenAsync(cancellationToken);
            await stream.WriteAsync(photo.Jpeg, cancellationToken);
        }

        // The keys this person made for the API (never the key itself: it is not stored), with their calls per day.
        await WriteJsonAsync(zip, "deling-av-data.json", tokens.Select(t => new
        {
            CustomerNumber = t.CustomerNumber.Value, t.Name, t.Prefix, Scopes = t.Scopes.ToString(), t.CreatedUtc, t.ExpiresUtc, t.RevokedUtc, t.LastUsedUtc,
            Calls = tokenCalls.Where(c => c.ApiTokenId == t.Id).Select(c => new { c.Day, c.Calls }),
        }), cancellationToken);
        await WriteJsonAsync(zip, "revisjonslogg.json", audit.Select(a => new { a.AtUtc, Action = a.Action.ToString(), a.Field, a.Detail, ByYou = a.ActorSubject == subject }), cancellationToken);

        // The meter values in the portal's import format (MeterValueCsvFormat), the same in every language, so
        // that the file can be read back by the importer and by any program that reads that format.
        long values = 0;
        var entry = zip.CreateEntry("forbruk.csv", CompressionLevel.Fastest);
        await using (var stream = await entry.OpenAsync(cancellationToken))
        await using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        {
            await writer.WriteAsync(MeterValueCsvFormat.Header + "\r\n");
            foreach (var point in points)
            {
                await foreach (var v in readings.StreamAsync(point.Id, DateTime.MinValue, DateTime.MaxValue).WithCancellation(cancellationToken))
                {
                    await writer.WriteAsync(MeterValueCsvFormat.FormatLine(point.MeteringPointId.Value, v.StartUtc, v.Resolution, v.Direction, v.Wh, v.Status) + "\r\n");
                    values++;
                }
            }
        }

        var counts = new MyDataCounts(relationships.Count, points.Count, values, invoices.Count, payments.Count, inquiries.Count, grants.Count, consents.Count, audit.Count, sessions.Count, openings.Count, messages.Count);
        await WriteTextAsync(zip, "sammendrag.html", Summary(person.Name, counts, clock.GetUtcNow()), cancellationToken);
        return counts;
    }

    private static async Task WriteJsonAsync<T>(ZipArchive zip, string name, T value, CancellationToken cancellationToken)
    {
        await using var stream = await zip.CreateEntry(name, CompressionLevel.Fastest).OpenAsync(cancellationToken);
        await JsonSerializer.SerializeAsync(stream, value, Json, cancellationToken);
    }

    private static async Task WriteTextAsync(ZipArchive zip, string name, string text, CancellationToken cancellationToken)
    {
        await using var stream = await zip.CreateEntry(name, CompressionLevel.Fastest).OpenAsync(cancellationToken);
        await stream.WriteAsync(new UTF8Encoding(true).GetPreamble(), cancellationToken);
        await stream.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
    }

    /// <summary>The summary page; its texts come from the resources (trusted, without markup), the name is encoded.</summary>
    private string Summary(string name, MyDataCounts c, DateTimeOffset at)
    {
        var rows = new (string Label, string File, long Count)[]
        {
            (texts["Row.Relationships"], "kundeforhold.json", c.Relationships),
            (texts["Row.MeteringPoints"], "kundeforhold.json", c.MeteringPoints),
            (texts["Row.MeterValues"], "forbruk.csv", c.MeterValues),
            (texts["Row.Invoices"], "fakturaer.json", c.Invoices),
            (texts["Row.Payments"], "betalinger.csv", c.Payments),
            (texts["Row.Inquiries"], "henvendelser.json", c.Inquiries),
            (texts["Row.AccessGrants"], "tilganger.json", c.AccessGrants),
            (texts["Row.ConsentRecords"], "samtykker.json", c.ConsentRecords),
            (texts["Row.AuditEntries"], "revisjonslogg.json", c.AuditEntries),
            (texts["Row.LoginSessions"], "innlogginger.json", c.LoginSessions),
            (texts["Row.CustomerServiceOpenings"], "kundeservice-innsyn.json", c.CustomerServiceOpenings),
            (texts["Row.Messages"], "varsler.json", c.Messages),
        };
        var body = string.Concat(rows.Select(r => $"<tr><th scope=\"row\">{r.Label}</th><td>{r.Count}</td><td><code>{r.File}</code></td></tr>"));
        var intro = texts["Summary.Intro", WebUtility.HtmlEncode(name), at, "<code>profil.json</code>"];
        return $"""
            <!DOCTYPE html>
            <html lang="{Languages.Tag(Languages.Current)}"><head><meta charset="utf-8"><title>{texts["Summary.Title"]}</title></head>
            <body>
            <h1>{texts["Summary.Heading"]}</h1>
            <p>{intro}</p>
            <table><thead><tr><th scope="col">{texts["Summary.Category"]}</th><th scope="col">{texts["Summary.Count"]}</th><th scope="col">{texts["Summary.File"]}</th></tr></thead><tbody>{body}</tbody></table>
            <p>{texts["Summary.Portability"]}</p>
            </body></html>
            """;
    }
}
