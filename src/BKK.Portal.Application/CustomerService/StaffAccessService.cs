using BKK.Portal.Application.Access;
using BKK.Portal.Domain.CustomerService;
using BKK.Portal.Domain.Inquiries;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Application.CustomerService;

/// <summary>A customer found by an exact key, or the message that says why none was.</summary>
public sealed record CustomerLookup(CustomerNumber? Found, string? Error);

/// <summary>A case of the customer that the staff member handles, offered as the reason for opening them.</summary>
public sealed record StaffCase(StaffAccessReason Kind, string Reference, InquiryTopic? Topic, DateTime CreatedUtc);

/// <summary>A staff reading of a relationship, and until when the opening that allows it lasts.</summary>
public sealed record StaffReading(AuthorizedRelationship Relationship, DateTime OpenUntilUtc);

/// <summary>
/// Access on need ("tjenstlig behov"), the privacy notice's "only employees who need the data in their work have
/// access" kept in code: customer service finds a customer by an exact key only, opens them with a reason (a case
/// they handle, or one written out), and reads them only while that opening lasts. The opening is written to the
/// access log in the same save that makes it; there is no other way to a staff reading.
/// </summary>
public sealed partial class StaffAccessService(
    IPortalDbContext db, ICurrentUser user, TimeProvider clock, IOptions<StaffOptions> options, IValidator<OpenCustomer> validator,
    IStringLocalizer<CustomerServiceRuleTexts> texts, ILogger<StaffAccessService> logger)
{
    private StaffMember Staff => user.Staff is { IsCustomerService: true } staff ? staff : throw new RelationshipAccessDeniedException();

    /// <summary>The customer with exactly this key. Nothing is found by a part of a key or by a name.</summary>
    public async Task<CustomerLookup> FindAsync(CustomerKeyKind? kind, string? key, CancellationToken cancellationToken)
    {
        _ = Staff;
        if (kind is null || !Enum.IsDefined(kind.Value))
        {
            return new CustomerLookup(null, texts["Error.KeyKindRequired"]);
        }

        var digits = Digits.Normalise(key);
        if (digits.Length == 0)
        {
            return new CustomerLookup(null, texts["Error.KeyRequired"]);
        }

        IQueryable<int> relationship;
        switch (kind.Value)
        {
            case CustomerKeyKind.CustomerNumber:
                var number = CustomerNumber.Parse(digits);
                if (!number.IsValid)
                {
                    return new CustomerLookup(null, number.Error);
                }

                relationship = db.CustomerRelationships.Where(r => r.CustomerNumber == number.Value!).Select(r => r.Id);
                break;
            case CustomerKeyKind.MeteringPoint:
                var point = MeteringPointId.Parse(digits);
                if (!point.IsValid)
                {
                    return new CustomerLookup(null, point.Error);
                }

                relationship = db.MeteringPoints.Where(m => m.MeteringPointId == point.Value!).Select(m => m.CustomerRelationshipId);
                break;
            case CustomerKeyKind.Invoice:
                if (!Digits.AreAllDigits(digits, digits.Length) || digits.Length > 20)
                {
                    return new CustomerLookup(null, texts["Error.InvoiceNumber"]);
                }

                relationship = db.Invoices.Where(i => i.Number == digits).Select(i => i.CustomerRelationshipId);
                break;
            default:
                if (!int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var inquiryId))
                {
                    return new CustomerLookup(null, texts["Error.InquiryNumber"]);
                }

                relationship = db.Inquiries.Where(i => i.Id == inquiryId && i.CustomerRelationshipId != null).Select(i => i.CustomerRelationshipId!.Value);
                break;
        }

        var found = await db.CustomerRelationships.Where(r => relationship.Contains(r.Id)).Select(r => r.CustomerNumber).FirstOrDefaultAsync(cancellationToken);
        return found is null ? new CustomerLookup(null, texts["Error.NotFound"]) : new CustomerLookup(found, null);
    }

    /// <summary>Whether a relationship with this number exists (a staff page of one that does not is 404).</summary>
    public Task<bool> ExistsAsync(CustomerNumber customerNumber, CancellationToken cancellationToken)
    {
        _ = Staff;
        return db.CustomerRelationships.AnyAsync(r => r.CustomerNumber == customerNumber, cancellationToken);
    }

    /// <summary>The customer's open inquiries and live chats that this staff member has taken: the cases that may be given as the reason.</summary>
    public async Task<IReadOnlyList<StaffCase>> CasesAsync(CustomerNumber customerNumber, CancellationToken cancellationToken)
    {
        var staff = Staff;
        var rows = await db.Inquiries.AsNoTracking()
            .Where(i => i.AssignedToSubject == staff.Subject && i.Status != InquiryStatus.Closed
                && db.CustomerRelationships.Any(r => r.Id == i.CustomerRelationshipId && r.CustomerNumber == customerNumber))
            .OrderBy(i => i.CreatedUtc)
            .Select(i => new { i.Id, i.Topic, i.CreatedUtc })
            .ToListAsync(cancellationToken);
        var chats = await db.Chats.AsNoTracking()
            .Where(c => c.StaffSubject == staff.Subject && c.Status == ChatStatus.Active
                && db.CustomerRelationships.Any(r => r.Id == c.CustomerRelationshipId && r.CustomerNumber == customerNumber))
            .Select(c => new { c.Id, c.Topic, c.StartedUtc })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new StaffCase(StaffAccessReason.Inquiry, r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Topic, r.CreatedUtc))
            .Concat(chats.Select(c => new StaffCase(StaffAccessReason.Chat, c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Topic, c.StartedUtc)))
            .ToList();
    }

    /// <summary>Opens the customer for <see cref="StaffOptions.AccessWindow"/>, written to the access log in the same save.</summary>
    /// <returns>Null when no relationship has this number (404); else the validation result.</returns>
    public async Task<ValidationResult?> OpenAsync(CustomerNumber customerNumber, OpenCustomer command, CancellationToken cancellationToken)
    {
        var staff = Staff;
        var relationshipId = await db.CustomerRelationships.Where(r => r.CustomerNumber == customerNumber).Select(r => (int?)r.Id).SingleOrDefaultAsync(cancellationToken);
        if (relationshipId is null)
        {
            return null;
        }

        var result = await validator.ValidateAsync(command, cancellationToken);
        if (!result.IsValid)
        {
            return result;
        }

        var now = clock.GetUtcNow();
        var window = options.Value.AccessWindow;
        StaffAccess opening;
        if (command.Reason == StaffAccessReason.Written)
        {
            opening = StaffAccess.Written(staff.Subject, staff.Name, relationshipId.Value, command.Text!, now, window);
        }
        else
        {
            var cases = await CasesAsync(customerNumber, cancellationToken);
            var chosen = cases.FirstOrDefault(c => c.Kind == command.Reason && c.Reference == command.Case?.Trim());
            if (chosen is null)
            {
                result.Errors.Add(new ValidationFailure(nameof(OpenCustomer.Case), texts["Error.CaseNotYours"]));
                return result;
            }

            opening = StaffAccess.ForCase(staff.Subject, staff.Name, relationshipId.Value, chosen.Kind, chosen.Reference, now, window);
        }

        db.StaffAccesses.Add(opening);
        await db.SaveChangesAsync(cancellationToken);
        LogOpened(logger, opening.Id, opening.Reason);
        return result;
    }

    /// <summary>
    /// The relationship for a staff reading, while an opening of this staff member lasts; otherwise refused,
    /// as is a relationship that does not exist. The reading may not change anything.
    /// </summary>
    /// <exception cref="RelationshipAccessDeniedException">No opening lasts now.</exception>
    public async Task<StaffReading> AuthorizeAsync(CustomerNumber customerNumber, CancellationToken cancellationToken)
    {
        var staff = Staff;
        var now = clock.GetUtcNow().UtcDateTime;
        var open = await db.StaffAccesses
            .Where(a => a.StaffSubject == staff.Subject && a.OpenedUtc <= now && a.ExpiresUtc > now
                && db.CustomerRelationships.Any(r => r.Id == a.CustomerRelationshipId && r.CustomerNumber == customerNumber))
            .OrderByDescending(a => a.ExpiresUtc)
            .Select(a => new { a.CustomerRelationshipId, a.ExpiresUtc })
            .FirstOrDefaultAsync(cancellationToken);
        if (open is null)
        {
            LogRefused(logger);
            throw new RelationshipAccessDeniedException();
        }

        return new StaffReading(new AuthorizedRelationship(open.CustomerRelationshipId, customerNumber, AccessLevel.Full, staffReading: true), open.ExpiresUtc);
    }

    // The opening's id ties the line to the access log; no staff or customer identifier in the log itself.
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Customer service opened a customer relationship: access log entry {EntryId}, reason {Reason}")]
    private static partial void LogOpened(ILogger logger, long entryId, StaffAccessReason reason);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "A staff reading of a customer relationship without an open window was refused")]
    private static partial void LogRefused(ILogger logger);
}
