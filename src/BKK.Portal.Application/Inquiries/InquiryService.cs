using BKK.Portal.Application.Access;
using BKK.Portal.Domain.Audit;
using BKK.Portal.Domain.Inquiries;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Localization;

namespace BKK.Portal.Application.Inquiries;

/// <summary>
/// Henvendelser: the relationship's inquiries and their case logs; the customer sends new ones and
/// adds to open ones. Another relationship's inquiry is not found; a limited grant sees none.
/// </summary>
public sealed class InquiryService(
    IPortalDbContext db, ICurrentUser user, AuditLog audit, TimeProvider clock, IValidator<SendInquiry> sendValidator, IValidator<AddInquiryMessage> addValidator,
    IStringLocalizer<InquiryRuleTexts> texts)
{
    public async Task<IReadOnlyList<InquirySummary>> ListAsync(AuthorizedRelationship relationship, CancellationToken cancellationToken)
    {
        var inquiries = await Scoped(relationship).Include(i => i.Messages).AsNoTracking().OrderByDescending(i => i.CreatedUtc).ToListAsync(cancellationToken);
        return inquiries.Select(i => new InquirySummary(
            i.Id, i.Topic, i.Status, i.CreatedUtc, i.Messages.Max(m => m.AtUtc), FirstLine(i.Messages.OrderBy(m => m.AtUtc).First().Text))).ToList();
    }

    /// <summary>How many of the relationship's inquiries are not closed (the overview's count), counted by the database.</summary>
    public Task<int> CountOpenAsync(AuthorizedRelationship relationship, CancellationToken cancellationToken) =>
        Scoped(relationship).CountAsync(i => i.Status != InquiryStatus.Closed, cancellationToken);

    public Task<Inquiry?> GetAsync(AuthorizedRelationship relationship, int id, CancellationToken cancellationToken) =>
        Scoped(relationship).Include(i => i.Messages).AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);

    public async Task<(ValidationResult Result, int? Id)> SendAsync(AuthorizedRelationship relationship, SendInquiry command, CancellationToken cancellationToken)
    {
        Require(relationship);
        var result = await sendValidator.ValidateAsync(command, cancellationToken);
        if (!result.IsValid)
        {
            return (result, null);
        }

        var inquiry = new Inquiry(relationship.RelationshipId, command.Topic!.Value, command.Text!, await AuthorNameAsync(cancellationToken), clock.GetUtcNow(), user.Subject);
        db.Inquiries.Add(inquiry);
        audit.Add(relationship, AuditAction.InquirySent, detail: inquiry.Topic.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return (result, inquiry.Id);
    }

    /// <returns>Null when the relationship has no such inquiry (404); else the validation result.</returns>
    /// <remarks>A message to an inquiry closed at most <see cref="Inquiry.ReopenWithin"/> ago reopens it.</remarks>
    public async Task<ValidationResult?> AddMessageAsync(AuthorizedRelationship relationship, int id, AddInquiryMessage command, CancellationToken cancellationToken)
    {
        Require(relationship);
        var inquiry = await Scoped(relationship).Include(i => i.Messages).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (inquiry is null)
        {
            return null;
        }

        var result = await addValidator.ValidateAsync(command, cancellationToken);
        var now = clock.GetUtcNow();
        var reopens = !inquiry.IsOpen && inquiry.MayReopenAt(now);
        if (!inquiry.IsOpen && !reopens)
        {
            result.Errors.Add(new ValidationFailure(nameof(AddInquiryMessage.Text), texts["Error.InquiryClosed"]));
        }

        if (!result.IsValid)
        {
            return result;
        }

        // A message to an inquiry closed at most 14 days ago opens it again.
        if (reopens)
        {
            inquiry.Reopen(command.Text!, await AuthorNameAsync(cancellationToken), now, user.Subject);
        }
        else
        {
            inquiry.AddCustomerMessage(command.Text!, await AuthorNameAsync(cancellationToken), now, user.Subject);
        }

        audit.Add(relationship, reopens ? AuditAction.InquiryReopened : AuditAction.InquiryMessageAdded, detail: $"henvendelse {inquiry.Id}");
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    private static void Require(AuthorizedRelationship relationship)
    {
        relationship.EnsureCustomerMayChange(); // customer service reads, never changes
        if (!relationship.CoversAccountData)
        {
            throw new RelationshipAccessDeniedException();
        }
    }

    private IQueryable<Inquiry> Scoped(AuthorizedRelationship relationship)
    {
        var maySee = relationship.CoversAccountData;
        return db.Inquiries.Where(i => maySee && i.CustomerRelationshipId == relationship.RelationshipId);
    }

    private async Task<string> AuthorNameAsync(CancellationToken cancellationToken) =>
        await db.People.Where(p => p.Subject == user.Subject).Select(p => p.Name).SingleAsync(cancellationToken);

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length <= 80 ? line : line[..77] + "…";
    }
}
