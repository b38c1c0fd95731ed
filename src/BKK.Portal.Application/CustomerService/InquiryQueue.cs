using BKK.Portal.Application.Access;
using BKK.Portal.Domain.Inquiries;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Localization;

namespace BKK.Portal.Application.CustomerService;

/// <summary>The queue's four states; an answered inquiry waits for the customer as one that asked them for more does.</summary>
public enum QueueState
{
    New = 1,
    Assigned = 2,
    WaitingForCustomer = 3,
    Closed = 4,
}

/// <summary>
/// An inquiry in the queue: its number, topic, state, age and who has it. No customer name and no text: the case
/// is read by the one who takes it.
/// </summary>
public sealed record QueueRow(int Id, InquiryTopic Topic, InquiryStatus Status, DateTime CreatedUtc, DateTime LastUtc, string? AssignedToName, bool AssignedToMe, bool HasRelationship);

/// <summary>One inquiry as the staff side shows it: the case log only to the staff member who has taken it.</summary>
public sealed record QueueCase(Inquiry Inquiry, string? CustomerNumber, bool HandledByMe);

/// <summary>What came of a staff action on an inquiry.</summary>
public enum QueueOutcome
{
    Done = 1,
    NotFound = 2,
    Refused = 3,
}

/// <summary>
/// Customer service's side of Henvendelser: the queue (new, assigned, waiting for the customer, closed) with the age
/// of each, and the inquiry that a staff member takes, answers, asks more about, or closes.
/// </summary>
public sealed class InquiryQueue(
    IPortalDbContext db, ICurrentUser user, TimeProvider clock, IValidator<AnswerInquiry> validator, IInquiryNotifications notifications,
    IStringLocalizer<CustomerServiceRuleTexts> texts)
{
    private StaffMember Staff => user.Staff is { IsCustomerService: true } staff ? staff : throw new RelationshipAccessDeniedException();

    public static IReadOnlyList<InquiryStatus> StatusesOf(QueueState state) => state switch
    {
        QueueState.New => [InquiryStatus.Received],
        QueueState.Assigned => [InquiryStatus.InProgress],
        QueueState.WaitingForCustomer => [InquiryStatus.WaitingForCustomer, InquiryStatus.Answered],
        _ => [InquiryStatus.Closed],
    };

    /// <summary>The inquiries in one state, oldest first (the longest waiting at the top), at most 200.</summary>
    public async Task<IReadOnlyList<QueueRow>> ListAsync(QueueState state, bool onlyMine, CancellationToken cancellationToken)
    {
        var staff = Staff;
        var statuses = StatusesOf(state).ToList();
        var query = db.Inquiries.AsNoTracking().Where(i => statuses.Contains(i.Status));
        if (onlyMine)
        {
            query = query.Where(i => i.AssignedToSubject == staff.Subject);
        }

        var ordered = state == QueueState.Closed ? query.OrderByDescending(i => i.ClosedUtc) : query.OrderBy(i => i.CreatedUtc);
        var rows = await ordered.Take(200)
            .Select(i => new { i.Id, i.Topic, i.Status, i.CreatedUtc, Last = i.Messages.Max(m => (DateTime?)m.AtUtc) ?? i.CreatedUtc, i.AssignedToName, i.AssignedToSubject, i.CustomerRelationshipId })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new QueueRow(r.Id, r.Topic, r.Status, r.CreatedUtc, r.Last, r.AssignedToName, r.AssignedToSubject == staff.Subject, r.CustomerRelationshipId is not null)).ToList();
    }

    /// <summary>How many inquiries are in each state, for the queue's tabs.</summary>
    public async Task<IReadOnlyDictionary<QueueState, int>> CountsAsync(CancellationToken cancellationToken)
    {
        _ = Staff;
        var counts = await db.Inquiries.AsNoTracking().GroupBy(i => i.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return Enum.GetValues<QueueState>().ToDictionary(s => s, s => counts.Where(c => StatusesOf(s).Contains(c.Key)).Sum(c => c.Count));
    }

    public async Task<QueueCase?> GetAsync(int id, CancellationToken cancellationToken)
    {
        var staff = Staff;
        var inquiry = await db.Inquiries.AsNoTracking().Include(i => i.Messages).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (inquiry is null)
        {
            return null;
        }

        var number = inquiry.CustomerRelationshipId is { } rid
            ? await db.CustomerRelationships.Where(r => r.Id == rid).Select(r => r.CustomerNumber.Value).SingleAsync(cancellationToken)
            : null;
        return new QueueCase(inquiry, number, inquiry.IsHandledBy(staff.Subject));
    }

    /// <summary>The staff member takes the inquiry (from the queue, or over from a colleague).</summary>
    public async Task<QueueOutcome> TakeAsync(int id, CancellationToken cancellationToken)
    {
        var staff = Staff;
        var inquiry = await db.Inquiries.Include(i => i.Messages).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (inquiry is null)
        {
            return QueueOutcome.NotFound;
        }

        if (!inquiry.IsOpen || inquiry.IsHandledBy(staff.Subject))
        {
            return QueueOutcome.Refused;
        }

        inquiry.StartWork(staff.Name, clock.GetUtcNow(), staff.Subject);
        await db.SaveChangesAsync(cancellationToken);
        return QueueOutcome.Done;
    }

    /// <summary>An answer to the customer (<paramref name="askForMore"/>: a question; the inquiry then waits for them). The notifier is told in the same save.</summary>
    /// <returns>Null when there is no such inquiry; else the validation result.</returns>
    public async Task<ValidationResult?> AnswerAsync(int id, AnswerInquiry command, bool askForMore, CancellationToken cancellationToken)
    {
        var staff = Staff;
        var inquiry = await db.Inquiries.Include(i => i.Messages).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (inquiry is null)
        {
            return null;
        }

        var result = await validator.ValidateAsync(command, cancellationToken);
        if (!inquiry.IsOpen)
        {
            result.Errors.Add(new ValidationFailure(nameof(AnswerInquiry.Text), texts["Error.InquiryClosed"]));
        }
        else if (!inquiry.IsHandledBy(staff.Subject))
        {
            result.Errors.Add(new ValidationFailure(nameof(AnswerInquiry.Text), texts["Error.InquiryNotYours"]));
        }

        if (!result.IsValid)
        {
            return result;
        }

        if (askForMore)
        {
            inquiry.AskForMore(command.Text!, staff.Name, clock.GetUtcNow());
        }
        else
        {
            inquiry.Answer(command.Text!, staff.Name, clock.GetUtcNow());
        }

        await notifications.AnsweredAsync(inquiry, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// The staff member who has an inquiry made without login (a visitor's chat, a message left while the chat was
    /// closed) attaches it to the relationship they have checked it belongs to.
    /// </summary>
    /// <returns>The outcome, and for a customer number that is not one, or that no relationship has, the message that says so.</returns>
    public async Task<(QueueOutcome Outcome, string? Error)> AttachAsync(int id, string? customerNumber, CancellationToken cancellationToken)
    {
        var staff = Staff;
        var inquiry = await db.Inquiries.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (inquiry is null)
        {
            return (QueueOutcome.NotFound, null);
        }

        if (!inquiry.IsHandledBy(staff.Subject) || inquiry.CustomerRelationshipId is not null)
        {
            return (QueueOutcome.Refused, null);
        }

        var number = CustomerNumber.Parse(customerNumber);
        if (!number.IsValid)
        {
            return (QueueOutcome.Refused, number.Error);
        }

        var relationshipId = await db.CustomerRelationships.Where(r => r.CustomerNumber == number.Value!).Select(r => (int?)r.Id).SingleOrDefaultAsync(cancellationToken);
        if (relationshipId is null)
        {
            return (QueueOutcome.Refused, texts["Error.CustomerNumberNotFound"]);
        }

        inquiry.AttachTo(relationshipId.Value);
        await db.SaveChangesAsync(cancellationToken);
        return (QueueOutcome.Done, null);
    }

    /// <summary>The staff member who has the inquiry closes it; the customer may reopen it for 14 days.</summary>
    public async Task<QueueOutcome> CloseAsync(int id, CancellationToken cancellationToken)
    {
        var staff = Staff;
        var inquiry = await db.Inquiries.Include(i => i.Messages).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (inquiry is null)
        {
            return QueueOutcome.NotFound;
        }

        if (!inquiry.IsHandledBy(staff.Subject))
        {
            return QueueOutcome.Refused;
        }

        inquiry.Close(staff.Name, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return QueueOutcome.Done;
    }
}
