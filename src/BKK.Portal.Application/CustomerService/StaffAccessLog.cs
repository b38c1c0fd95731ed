using BKK.Portal.Application.Access;
using BKK.Portal.Domain.CustomerService;

namespace BKK.Portal.Application.CustomerService;

/// <summary>What the team lead filters the access log by; every part may be left out.</summary>
public sealed record StaffAccessFilter(string? StaffSubject, CustomerNumber? CustomerNumber, DateOnly? From, DateOnly? To);

/// <summary>One opening as the team lead sees it: who, which customer, why, from when until when.</summary>
public sealed record StaffAccessRow(
    long Id, DateTime OpenedUtc, DateTime ExpiresUtc, string StaffSubject, string StaffName, string CustomerNumber, StaffAccessReason Reason, string? CaseReference, string ReasonText);

/// <summary>An opening as the customer sees it in Mine data: the unit, the time and why, without the staff member's name.</summary>
public sealed record CustomerServiceOpening(string CustomerNumber, DateTime OpenedUtc, DateTime ExpiresUtc, StaffAccessReason Reason, string? CaseReference, string ReasonText);

/// <summary>The access log of customer service: the team lead's view, and the customer's in Mine data.</summary>
public sealed class StaffAccessLog(IPortalDbContext db, ICurrentUser user)
{
    /// <summary>The most rows one page of the log shows; a narrower filter finds older ones.</summary>
    public const int PageSize = 200;

    /// <summary>The openings that match, newest first. Team leads only.</summary>
    /// <exception cref="RelationshipAccessDeniedException">The person is not a team lead.</exception>
    public async Task<IReadOnlyList<StaffAccessRow>> ListAsync(StaffAccessFilter filter, CancellationToken cancellationToken)
    {
        if (user.Staff is not { IsLead: true })
        {
            throw new RelationshipAccessDeniedException();
        }

        var rows = from a in db.StaffAccesses.AsNoTracking()
                   join r in db.CustomerRelationships on a.CustomerRelationshipId equals r.Id
                   select new { a, r.CustomerNumber };
        if (!string.IsNullOrWhiteSpace(filter.StaffSubject))
        {
            rows = rows.Where(x => x.a.StaffSubject == filter.StaffSubject);
        }

        if (filter.CustomerNumber is { } number)
        {
            rows = rows.Where(x => x.CustomerNumber == number);
        }

        if (filter.From is { } from)
        {
            var fromUtc = OsloTime.ToUtc(from);
            rows = rows.Where(x => x.a.OpenedUtc >= fromUtc);
        }

        if (filter.To is { } to)
        {
            var toUtc = OsloTime.ToUtc(to.AddDays(1));
            rows = rows.Where(x => x.a.OpenedUtc < toUtc);
        }

        var list = await rows.OrderByDescending(x => x.a.OpenedUtc).ThenByDescending(x => x.a.Id).Take(PageSize).ToListAsync(cancellationToken);
        return list.Select(x => new StaffAccessRow(x.a.Id, x.a.OpenedUtc, x.a.ExpiresUtc, x.a.StaffSubject, x.a.StaffName, x.CustomerNumber.Value, x.a.Reason, x.a.CaseReference, x.a.ReasonText)).ToList();
    }

    /// <summary>The staff members found in the log, for the filter's list. Team leads only.</summary>
    public async Task<IReadOnlyList<(string Subject, string Name)>> StaffAsync(CancellationToken cancellationToken)
    {
        if (user.Staff is not { IsLead: true })
        {
            throw new RelationshipAccessDeniedException();
        }

        var rows = await db.StaffAccesses.AsNoTracking().GroupBy(a => a.StaffSubject).Select(g => new { g.Key, Name = g.Max(a => a.StaffName) }).ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Name, StringComparer.CurrentCulture).Select(r => (r.Key, r.Name ?? r.Key)).ToList();
    }

    /// <summary>When customer service opened the relationships this person holds, and why: what Mine data shows them.</summary>
    public async Task<IReadOnlyList<CustomerServiceOpening>> OfHolderAsync(string subject, CancellationToken cancellationToken)
    {
        var rows = await (from a in db.StaffAccesses.AsNoTracking()
                          join r in db.CustomerRelationships on a.CustomerRelationshipId equals r.Id
                          where db.AccessGrants.Any(g => g.CustomerRelationshipId == r.Id && g.Level == AccessLevel.Owner && g.Person.Subject == subject)
                          orderby a.OpenedUtc descending
                          select new { r.CustomerNumber, a.OpenedUtc, a.ExpiresUtc, a.Reason, a.CaseReference, a.ReasonText })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new CustomerServiceOpening(r.CustomerNumber.Value, r.OpenedUtc, r.ExpiresUtc, r.Reason, r.CaseReference, r.ReasonText)).ToList();
    }
}
