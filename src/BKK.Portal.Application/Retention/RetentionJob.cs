using BKK.Portal.Application.Access;
using BKK.Portal.Domain.Audit;
using BKK.Portal.Domain.Inquiries;
using BKK.Portal.Domain.Privacy;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using BKK.Portal.Application.Privacy;

using BKK.Portal.Application.Consumption;

namespace BKK.Portal.Application.Retention;

/// <summary>
/// Keeps the privacy notice's promises about time (ADR 0016). For each ended customer relationship it
/// deletes what the catalogue's rule no longer lets us keep and anonymises what must stay for other
/// reasons:
/// meter values and metering points (consumption), settled invoices with payments (invoicing), unpaid
/// invoices (claims, the limitation act's longer rule), inquiries with their case logs, access grants
/// and the relationship itself (customer), audit entries (security). A person left without any link is
/// removed; their subject in remaining audit entries and their name in remaining inquiry messages are
/// replaced. Consent records go the day after the consent they prove has run out. A relationship with
/// an open debt collection case is held: nothing of it goes until the case is closed.
/// Each relationship is one transaction, so a run stopped half-way leaves every relationship either
/// untouched or done, and the next run finishes the rest; a run after a complete one finds nothing.
/// A lease in the database lets only one portal instance run it at a time. A dry run does the same
/// work in one transaction and rolls it back, so its counts are exactly what a run would do.
/// </summary>
public sealed partial class RetentionJob(
    IPortalDbContext db, IMeterValueWriter meterValues, PrivacyCatalogue catalogue, TimeProvider clock, IOptions<RetentionOptions> options, IOptions<LoginSessionOptions> sessions, ILogger<RetentionJob> logger)
{
    public const string LeaseName = "retention";

    /// <summary>Ids per DELETE: well under SQL Server's 2,100 parameters, whatever EF Core makes of a list.</summary>
    private const int ChunkSize = 500;

    private readonly DatabaseLease _lease = new(db, clock, LeaseName, options.Value.LeaseDuration);

    public async Task<RetentionReport> RunAsync(bool dryRun, CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        var today = OsloTime.Today(clock);
        var report = new RetentionReport(today, dryRun, catalogue.Version);
        if (dryRun)
        {
            // Everything in one transaction that is never committed: the same code, the same counts, no change.
            // It needs no lease: it changes nothing, and a run going on meanwhile only makes its counts a moment old.
            try
            {
                var strategy = db.Database.CreateExecutionStrategy();
                report = await strategy.ExecuteAsync(async () =>
                {
                    var attempt = new RetentionReport(today, dryRun, catalogue.Version); // a retried attempt counts from zero
                    await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                    await ApplyAsync(attempt, today, run: false, cancellationToken);
                    await transaction.RollbackAsync(cancellationToken);
                    return attempt;
                });
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                report.Outcome = RetentionRunOutcome.Failed;
                LogFailed(logger, e);
            }

            await RecordAsync(report, started, cancellationToken);
            return report;
        }

        if (!await _lease.TryTakeAsync(cancellationToken))
        {
            report.Outcome = RetentionRunOutcome.Skipped;
            await RecordAsync(report, started, cancellationToken);
            return report;
        }

        try
        {
            await ApplyAsync(report, today, run: true, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            report.Outcome = RetentionRunOutcome.Failed;
            LogFailed(logger, e);
        }
        finally
        {
            await _lease.ReleaseAsync();
        }

        await RecordAsync(report, started, cancellationToken);
        return report;
    }

    private async Task ApplyAsync(RetentionReport report, DateOnly today, bool run, CancellationToken cancellationToken)
    {
        // Keys for sharing data, the catalogue's days after they ended, and their calls per day after the day. First: a key
        // names metering points, which an ended relationship's treatment below may remove.
        if (catalogue.RetentionFor(RetentionItem.ApiTokens.CategoryKey).DaysAfterRecord is { } tokenDays)
        {
            var endedBefore = clock.GetUtcNow().UtcDateTime - TimeSpan.FromDays(tokenDays);
            var dayBefore = today.AddDays(-tokenDays);
            var tokens = await InTransactionAsync(run, async counts =>
            {
                counts[RetentionItem.ApiTokenUsages] = await db.ApiTokenUsages.Where(u => u.Day < dayBefore).ExecuteDeleteAsync(cancellationToken);
                counts[RetentionItem.ApiTokens] = await db.ApiTokens.Where(ApiToken.EndedBefore(endedBefore)).ExecuteDeleteAsync(cancellationToken);
                return UnitState.Treated;
            }, cancellationToken);
            report.Add(tokens.Counts);
        }

        // Photos of meters, the catalogue's days after their reading came, unless the reading still waits for a check.
        if (catalogue.RetentionFor(RetentionItem.RegisterReadingPhotos.CategoryKey).DaysAfterRecord is { } photoDays)
        {
            var receivedBefore = clock.GetUtcNow().UtcDateTime - TimeSpan.FromDays(photoDays);
            var photos = await InTransactionAsync(run, async counts =>
            {
                counts[RetentionItem.RegisterReadingPhotos] = await db.RegisterReadingPhotos
                    .Where(p => db.RegisterReadings.Any(r => r.Id == p.RegisterReadingId && r.ReceivedUtc < receivedBefore && r.State != Domain.Requests.RegisterReadingState.AwaitingCheck))
                    .ExecuteDeleteAsync(cancellationToken);
                return UnitState.Treated;
            }, cancellationToken);
            report.Add(photos.Counts);
        }

        var relationships = await db.CustomerRelationships.AsNoTracking().OrderBy(r => r.Id).Select(r => new { r.Id, r.EndDate }).ToListAsync(cancellationToken);
        bool Ended(DateOnly? end) => CustomerRelationship.EndedBy(end, today);
        report.ActiveRelationships = relationships.Count(r => !Ended(r.EndDate));
        foreach (var relationship in relationships.Where(r => Ended(r.EndDate)))
        {
            var outcome = await InTransactionAsync(run, counts => TreatRelationshipAsync(relationship.Id, relationship.EndDate!.Value, today, counts, cancellationToken), cancellationToken);
            switch (outcome.State)
            {
                case UnitState.Held:
                    report.HeldRelationships++;
                    break;
                case UnitState.Kept:
                    report.KeptRelationships++;
                    break;
                default:
                    report.TreatedRelationships++;
                    break;
            }

            report.Add(outcome.Counts);
        }

        // People whose last link went another way (a fullmakt taken back): nothing of theirs has a purpose left.
        var unlinked = await db.People.Where(p => !db.AccessGrants.Any(g => g.PersonId == p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var personId in unlinked)
        {
            var outcome = await InTransactionAsync(run, async counts =>
            {
                await RemoveIfUnlinkedAsync(personId, counts, cancellationToken);
                return UnitState.Treated;
            }, cancellationToken);
            report.Add(outcome.Counts);
        }

        // Chats by visitors who were not logged in, never attached to a relationship: no customer relationship ends
        // for them, so the customer data rule counts from their last message.
        var unattached = await db.Inquiries.Where(i => i.CustomerRelationshipId == null)
            .Select(i => new { i.Id, Last = i.Messages.Max(m => (DateTime?)m.AtUtc) ?? i.CreatedUtc }).ToListAsync(cancellationToken);
        var unattachedGoing = unattached
            .Where(i => RetentionPolicy.MayDelete(catalogue.RetentionFor(RetentionItem.Inquiries.CategoryKey), OsloTime.LocalDate(i.Last), OsloTime.LocalDate(i.Last), held: false, today))
            .Select(i => i.Id).ToList();
        if (unattachedGoing.Count > 0)
        {
            var visitors = await InTransactionAsync(run, async counts =>
            {
                foreach (var chunk in unattachedGoing.Chunk(ChunkSize))
                {
                    Count(counts, RetentionItem.Inquiries, await db.Inquiries.Where(i => chunk.Contains(i.Id)).ExecuteDeleteAsync(cancellationToken));
                }

                return UnitState.Treated;
            }, cancellationToken);
            report.Add(visitors.Counts);
        }

        var consentLifetime = catalogue.CookieFor(BkkPrivacyCatalogue.ConsentCookieName)!.Lifetime.Duration!.Value;
        var consentsBefore = clock.GetUtcNow().UtcDateTime - consentLifetime - TimeSpan.FromDays(1);
        var consents = await InTransactionAsync(run, async counts =>
        {
            counts[RetentionItem.ConsentRecords] = await db.ConsentRecords.Where(c => c.AtUtc < consentsBefore).ExecuteDeleteAsync(cancellationToken);
            return UnitState.Treated;
        }, cancellationToken);
        report.Add(consents.Counts);

        // Logins that have ended (24 hours from login, or idle longer than the timeout): the session store refuses
        // them already; here they go from the database too.
        var now = clock.GetUtcNow().UtcDateTime;
        var ended = await InTransactionAsync(run, async counts =>
        {
            counts[RetentionItem.LoginSessions] = await db.LoginSessions.Where(LoginSession.EndedAt(now, sessions.Value.IdleTimeout)).ExecuteDeleteAsync(cancellationToken);
            return UnitState.Treated;
        }, cancellationToken);
        report.Add(ended.Counts);

        // Messages sent (or given up) longer ago than the catalogue's days; one waiting to be sent stays.
        if (catalogue.RetentionFor(RetentionItem.OutboxMessages.CategoryKey).DaysAfterRecord is { } days)
        {
            var sentBefore = now - TimeSpan.FromDays(days);
            var messages = await InTransactionAsync(run, async counts =>
            {
                counts[RetentionItem.OutboxMessages] = await db.OutboxMessages
                    .Where(m => m.Status != Domain.Notifications.OutboxStatus.Pending && (m.SentUtc ?? m.LastAttemptUtc ?? m.CreatedUtc) < sentBefore)
                    .ExecuteDeleteAsync(cancellationToken);
                return UnitState.Treated;
            }, cancellationToken);
            report.Add(messages.Counts);
        }
    }

    /// <summary>
    /// Runs one unit of work with its own counts: in its own committed transaction (a run, after renewing
    /// the lease, so a run that lost it stops before the next unit), or inside the dry run's. The execution
    /// strategy may run it again after a transient fault, so counts start empty each time.
    /// </summary>
    private async Task<UnitResult> InTransactionAsync(bool own, Func<Dictionary<RetentionItem, long>, Task<UnitState>> work, CancellationToken cancellationToken)
    {
        if (!own)
        {
            var counts = new Dictionary<RetentionItem, long>();
            return new UnitResult(await work(counts), counts);
        }

        await _lease.RenewAsync(cancellationToken);

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            var counts = new Dictionary<RetentionItem, long>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var state = await work(counts);
            await transaction.CommitAsync(cancellationToken);
            return new UnitResult(state, counts);
        });
    }

    private async Task<UnitState> TreatRelationshipAsync(int id, DateOnly ended, DateOnly today, Dictionary<RetentionItem, long> counts, CancellationToken cancellationToken)
    {
        var invoices = await db.Invoices.AsNoTracking().Include(i => i.Payments).Where(i => i.CustomerRelationshipId == id).ToListAsync(cancellationToken);
        if (invoices.Any(i => i.SentToDebtCollection && !i.Credited && i.AmountDue > 0))
        {
            return UnitState.Held;
        }

        bool Due(string categoryKey, DateOnly recordDate) =>
            RetentionPolicy.MayDelete(catalogue.RetentionFor(categoryKey), ended, recordDate, held: false, today);

        var points = await db.MeteringPoints.Where(m => m.CustomerRelationshipId == id).Select(m => m.Id).ToListAsync(cancellationToken);
        if (points.Count > 0 && Due(RetentionItem.MeterValues.CategoryKey, ended))
        {
            Count(counts, RetentionItem.MeterValues, await meterValues.DeleteAllOfAsync(points, cancellationToken));
        }

        // A settled invoice follows the accounting rule from its issue date; an unpaid one is a claim, kept until it is time-barred.
        var going = invoices.Where(i => i.Credited || i.AmountDue == 0
            ? Due(RetentionItem.Invoices.CategoryKey, i.IssueDate)
            : Due(RetentionItem.UnpaidInvoices.CategoryKey, i.DueDate)).ToList();
        if (going.Count > 0)
        {
            var ids = going.Select(i => i.Id).ToList();
            Count(counts, RetentionItem.Payments, going.Sum(i => i.Payments.Count));
            Count(counts, RetentionItem.Invoices, going.Count(i => i.Credited || i.AmountDue == 0));
            Count(counts, RetentionItem.UnpaidInvoices, going.Count(i => !(i.Credited || i.AmountDue == 0)));
            foreach (var chunk in ids.Chunk(ChunkSize))
            {
                await db.Invoices.Where(i => chunk.Contains(i.Id)).ExecuteDeleteAsync(cancellationToken); // lines and payments cascade
            }
        }

        var inquiries = await db.Inquiries.Where(i => i.CustomerRelationshipId == id)
            .Select(i => new { i.Id, Last = i.Messages.Max(m => (DateTime?)m.AtUtc) ?? i.CreatedUtc }).ToListAsync(cancellationToken);
        var inquiriesGoing = inquiries.Where(i => Due(RetentionItem.Inquiries.CategoryKey, OsloTime.LocalDate(i.Last))).Select(i => i.Id).ToList();
        if (inquiriesGoing.Count > 0)
        {
            foreach (var chunk in inquiriesGoing.Chunk(ChunkSize))
            {
                Count(counts, RetentionItem.Inquiries, await db.Inquiries.Where(i => chunk.Contains(i.Id)).ExecuteDeleteAsync(cancellationToken));
            }
        }

        var audit = await db.AuditEntries.Where(a => a.CustomerRelationshipId == id).Select(a => new { a.Id, a.AtUtc }).ToListAsync(cancellationToken);
        var auditGoing = audit.Where(a => Due(RetentionItem.AuditEntries.CategoryKey, OsloTime.LocalDate(a.AtUtc))).Select(a => a.Id).ToList();
        if (auditGoing.Count > 0)
        {
            foreach (var chunk in auditGoing.Chunk(ChunkSize))
            {
                Count(counts, RetentionItem.AuditEntries, await db.AuditEntries.Where(a => chunk.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken));
            }
        }

        var openings = await db.StaffAccesses.Where(a => a.CustomerRelationshipId == id).Select(a => new { a.Id, a.OpenedUtc }).ToListAsync(cancellationToken);
        var openingsGoing = openings.Where(a => Due(RetentionItem.StaffAccesses.CategoryKey, OsloTime.LocalDate(a.OpenedUtc))).Select(a => a.Id).ToList();
        foreach (var chunk in openingsGoing.Chunk(ChunkSize))
        {
            Count(counts, RetentionItem.StaffAccesses, await db.StaffAccesses.Where(a => chunk.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken));
        }

        var people = new List<int>();
        if (Due(RetentionItem.AccessGrants.CategoryKey, ended))
        {
            // Others' access goes with the relationship's rule; the owner's stays as long as anything of the relationship does.
            people.AddRange(await db.AccessGrants.Where(g => g.CustomerRelationshipId == id && g.Level != AccessLevel.Owner).Select(g => g.PersonId).ToListAsync(cancellationToken));
            Count(counts, RetentionItem.AccessGrants, await db.AccessGrants.Where(g => g.CustomerRelationshipId == id && g.Level != AccessLevel.Owner).ExecuteDeleteAsync(cancellationToken));
        }

        if (Due(RetentionItem.MeteringPoints.CategoryKey, ended))
        {
            var billed = invoices.Except(going).Select(i => i.MeteringPointKey).ToHashSet();
            var pointsGoing = points.Where(p => !billed.Contains(p)).ToList();
            if (pointsGoing.Count > 0)
            {
                // A point's requests (the HAN port) go with it: they are its case handling.
                Count(counts, RetentionItem.ServiceRequests, await db.ServiceRequests.Where(r => pointsGoing.Contains(r.MeteringPointKey)).ExecuteDeleteAsync(cancellationToken));
                var readingsGoing = db.RegisterReadings.Where(r => pointsGoing.Contains(r.MeteringPointKey));
                await db.RegisterReadingPhotos.Where(p => readingsGoing.Any(r => r.Id == p.RegisterReadingId)).ExecuteDeleteAsync(cancellationToken);
                Count(counts, RetentionItem.RegisterReadings, await readingsGoing.ExecuteDeleteAsync(cancellationToken));
                Count(counts, RetentionItem.MeteringPoints, await db.MeteringPoints.Where(m => pointsGoing.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken));
            }
        }

        if (Due(RetentionItem.Relationships.CategoryKey, ended)
            && going.Count == invoices.Count
            && inquiriesGoing.Count == inquiries.Count
            && auditGoing.Count == audit.Count // an entry from after the end keeps the relationship until its own time
            && openingsGoing.Count == openings.Count
            && !await db.MeteringPoints.AnyAsync(m => m.CustomerRelationshipId == id, cancellationToken))
        {
            people.AddRange(await db.AccessGrants.Where(g => g.CustomerRelationshipId == id).Select(g => g.PersonId).ToListAsync(cancellationToken));
            Count(counts, RetentionItem.AccessGrants, await db.AccessGrants.Where(g => g.CustomerRelationshipId == id).ExecuteDeleteAsync(cancellationToken));
            Count(counts, RetentionItem.Relationships, await db.CustomerRelationships.Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken));
        }

        foreach (var personId in people.Distinct())
        {
            await RemoveIfUnlinkedAsync(personId, counts, cancellationToken);
        }

        return counts.Values.Any(c => c > 0) ? UnitState.Treated : UnitState.Kept;
    }

    /// <summary>A person with no access left to anything is removed; what must stay about others loses their name.</summary>
    private async Task RemoveIfUnlinkedAsync(int personId, Dictionary<RetentionItem, long> counts, CancellationToken cancellationToken)
    {
        if (await db.AccessGrants.AnyAsync(g => g.PersonId == personId, cancellationToken))
        {
            return;
        }

        var subject = await db.People.Where(p => p.Id == personId).Select(p => p.Subject).SingleOrDefaultAsync(cancellationToken);
        if (subject is null)
        {
            return;
        }

        Count(counts, RetentionItem.AuditActors, await db.AuditEntries.Where(a => a.ActorSubject == subject)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ActorSubject, AuditEntry.AnonymisedActor), cancellationToken));
        Count(counts, RetentionItem.InquiryAuthors, await db.InquiryMessages.Where(m => m.AuthorSubject == subject)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.AuthorName, InquiryMessage.AnonymisedAuthor).SetProperty(m => m.AuthorSubject, (string?)null), cancellationToken));
        Count(counts, RetentionItem.LoginSessions, await db.LoginSessions.Where(s => s.Subject == subject).ExecuteDeleteAsync(cancellationToken));
        Count(counts, RetentionItem.OutboxMessages, await db.OutboxMessages.Where(m => m.PersonId == personId).ExecuteDeleteAsync(cancellationToken));
        Count(counts, RetentionItem.People, await db.People.Where(p => p.Id == personId).ExecuteDeleteAsync(cancellationToken));
    }

    private static void Count(Dictionary<RetentionItem, long> counts, RetentionItem item, long count) =>
        counts[item] = counts.GetValueOrDefault(item) + count;

    private async Task RecordAsync(RetentionReport report, DateTimeOffset started, CancellationToken cancellationToken)
    {
        var counts = report.ToJson();
        var run = new RetentionRun(started, clock.GetUtcNow(), report.Today, report.DryRun, report.Outcome, _lease.Holder, report.CatalogueVersion, counts);
        db.RetentionRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(run).State = EntityState.Detached;
        LogRun(logger, report.DryRun, report.Outcome, report.Today, report.Total, counts);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention run (dry run: {DryRun}) {Outcome} for {Today:yyyy-MM-dd}: {Total} records; counts {Counts}")]
    private static partial void LogRun(ILogger logger, bool dryRun, RetentionRunOutcome outcome, DateOnly today, long total, string counts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention run stopped by an error; committed relationships stay, the next run finishes the rest")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    private enum UnitState
    {
        Kept,
        Held,
        Treated,
    }

    private sealed record UnitResult(UnitState State, IReadOnlyDictionary<RetentionItem, long> Counts);
}
