using BKK.Portal.Application.Access;
using BKK.Portal.Domain.Audit;
using BKK.Portal.Domain.Requests;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Localization;

namespace BKK.Portal.Application.Customers;

/// <summary>
/// Flytting (issue 21, part 4): the holder reports the day they move out. The relationship gets that end date at once
/// (the retention rules count from it); each metering point gets a final reading for customer service to register, with
/// the reading the holder gave or a request to read the meter (ADR 0030). Moving in is done with the power supplier,
/// through Elhub, not here. Audited.
/// </summary>
public sealed class MoveOutService(IPortalDbContext db, AuditLog audit, TimeProvider clock, IValidator<ReportMoveOut> validator, IStringLocalizer<MoveOutRuleTexts> texts)
{
    public static bool MayReport(AuthorizedRelationship relationship) => relationship.IsCustomerHolder;

    /// <summary>The relationship's end date, if it has one.</summary>
    public async Task<DateOnly?> EndDateAsync(AuthorizedRelationship relationship, CancellationToken cancellationToken) =>
        (await db.RelationshipAsync(relationship, cancellationToken)).EndDate;

    public async Task<ValidationResult> ReportAsync(AuthorizedRelationship relationship, ReportMoveOut command, CancellationToken cancellationToken)
    {
        relationship.EnsureCustomerMayChange();
        if (!MayReport(relationship))
        {
            throw new RelationshipAccessDeniedException();
        }

        var result = await validator.ValidateAsync(command, cancellationToken);
        var entity = await db.RelationshipAsync(relationship, cancellationToken);
        if (entity.EndDate is not null)
        {
            result.Errors.Add(new ValidationFailure(nameof(ReportMoveOut.MoveOutOn), texts["Error.AlreadyEnding"].Value));
        }
        else if (command.MoveOutOn is { } day && day < entity.StartDate)
        {
            result.Errors.Add(new ValidationFailure(nameof(ReportMoveOut.MoveOutOn), texts["Error.DateBeforeStart"].Value));
        }

        if (!result.IsValid)
        {
            return result;
        }

        var date = command.MoveOutOn!.Value;
        long? reading = command.GivesReading ? long.Parse(command.Reading!.Trim(), System.Globalization.CultureInfo.InvariantCulture) : null;
        entity.End(date);
        var now = clock.GetUtcNow().UtcDateTime;
        var points = await db.MeteringPoints.Where(m => m.CustomerRelationshipId == entity.Id).Select(m => m.Id).ToListAsync(cancellationToken);
        db.ServiceRequests.AddRange(points.Select(p => ServiceRequest.FinalReading(entity.Id, p, date, reading, now)));
        audit.Add(relationship, AuditAction.MoveOutReported, detail: $"{date:yyyy-MM-dd}, {(reading is null ? "avlesning bestilt" : "målerstand oppgitt")}");
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }
}
