using BKK.Portal.Domain.Notifications;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Application.Notifications;

/// <summary>
/// Tells the people of a relationship that a new invoice is ready (<see cref="NotificationKind.InvoiceReady"/>), once
/// per invoice: invoices come from the billing system into <c>Invoices</c> unannounced; this job writes each one's
/// messages (<c>invoice:{number}</c>) and marks it <see cref="Invoice.Announced"/> in the same save, so a fault
/// between the two loses nothing and doubles nothing. An invoice that is no news any more
/// (<see cref="Invoice.IsNewsOn"/>: loaded late, credited or past its due date) is marked without a message; one
/// issued in the future waits for its day. A lease lets one instance at a time work the invoices.
/// </summary>
public sealed partial class InvoiceAnnouncements(
    IPortalDbContext db, NotificationRecipients recipients, MessageComposer composer, TimeProvider clock,
    IOptions<NotificationOptions> options, ILogger<InvoiceAnnouncements> logger)
{
    public const string LeaseName = "invoice-announcements";

    private const int BatchSize = 200;

    private readonly DatabaseLease _lease = new(db, clock, LeaseName, options.Value.LeaseDuration);

    /// <returns>How many messages were written.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = OsloTime.Today(clock);
        var waiting = db.Invoices.Where(i => !i.Announced && i.IssueDate <= today);
        return await waiting.AnyAsync(cancellationToken) ? await _lease.RunAsync(() => AnnounceAsync(waiting, today, cancellationToken), cancellationToken) : 0;
    }

    private async Task<int> AnnounceAsync(IQueryable<Invoice> waiting, DateOnly today, CancellationToken cancellationToken)
    {
        var written = 0;
        while (await waiting.OrderBy(i => i.Id).Take(BatchSize).ToListAsync(cancellationToken) is { Count: > 0 } invoices)
        {
            await _lease.RenewAsync(cancellationToken);
            var news = invoices.Where(i => i.IsNewsOn(today)).ToList();
            var relationships = news.Select(i => i.CustomerRelationshipId).Distinct().ToList();
            var people = relationships.Count == 0
                ? []
                : await recipients.OfAsync(db.AccessGrants.Where(g => relationships.Contains(g.CustomerRelationshipId)), NotificationKind.InvoiceReady, cancellationToken);
            var messages = news.SelectMany(invoice => Messages(invoice, people.Where(p => p.CustomerRelationshipId == invoice.CustomerRelationshipId))).ToList();
            written += await composer.AddNewAsync(messages, cancellationToken);
            foreach (var invoice in invoices)
            {
                invoice.MarkAnnounced();
            }

            await db.SaveChangesAsync(cancellationToken); // the marks go with their messages, or neither
            foreach (var entity in invoices.Cast<object>().Concat(messages))
            {
                db.Entry(entity).State = EntityState.Detached;
            }
        }

        if (written > 0)
        {
            LogWritten(logger, written);
        }

        return written;
    }

    private List<OutboxMessage> Messages(Invoice invoice, IEnumerable<Recipient> people)
    {
        var link = composer.Link("/fakturaer");
        return composer.Compose(people, NotificationKind.InvoiceReady, $"invoice:{invoice.Number}", r => new MessageText(
            NotificationTexts.Get(r.Language, "InvoiceReady.Subject"),
            NotificationTexts.Format(r.Language, "InvoiceReady.Text", invoice.Number, invoice.AmountInclVat.ToString("N2", Languages.CultureOf(r.Language)),
                NotificationTexts.Format(r.Language, "Date", invoice.DueDate.ToDateTime(TimeOnly.MinValue)), link)));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Wrote {Count} invoice-ready messages to the outbox")]
    private static partial void LogWritten(ILogger logger, int count);
}
