using BKK.Portal.Application.Access;
using BKK.Portal.Application.Consumption;
using BKK.Portal.Domain.Audit;
using BKK.Portal.Domain.Requests;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Localization;

namespace BKK.Portal.Application.Requests;

/// <summary>
/// Måleravlesning (issue 21, part 1): the customer of a meter that does not send values reads its register. A reading
/// must come after the one it is measured from and within the register's digits; one the rules find unlikely
/// (<see cref="RegisterReadingRules"/>) is stored only when the customer confirms it, and then waits for customer
/// service (<see cref="RegisterReadingChecks"/>). A plausible one replaces the estimated values of its days at once
/// (<see cref="RegisterReadingApplier"/>), in the same transaction as the reading, its photo and the audit entry. The
/// owner and a full grantee report; a limited grantee sees the readings.
/// </summary>
public sealed class RegisterReadingService(
    IPortalDbContext db, IMeterValueWriter writer, RegisterReadingApplier applier, IReadingPhotos photos, AuditLog audit, TimeProvider clock,
    IValidator<ReportReading> validator, IStringLocalizer<ReadingRuleTexts> texts)
{
    /// <summary>A reading is due a month after the last: the grid is invoiced monthly.</summary>
    public const int IntervalDays = 30;

    /// <summary>A reading is due on <paramref name="today"/> when the last was on this day or before (the page and the reminders ask the same).</summary>
    public static DateOnly DueBy(DateOnly today) => today.AddDays(-IntervalDays);

    public static bool MayReport(AuthorizedRelationship relationship) =>
        relationship.IsCustomerWithFullAccess;

    /// <summary>The relationship's metering points whose meters do not send values, each with its readings, newest first.</summary>
    public async Task<IReadOnlyList<ReadingPoint>> ListAsync(AuthorizedRelationship relationship, CancellationToken cancellationToken)
    {
        var points = await db.MeteringPoints.AsNoTracking()
            .Where(m => m.CustomerRelationshipId == relationship.RelationshipId && !m.SendsValues).OrderBy(m => m.Id)
            .Select(m => new { m.Id, m.MeteringPointId, m.Address, m.RegisterDigits }).ToListAsync(cancellationToken);
        var keys = points.Select(p => p.Id).ToList();
        var readings = await (from r in db.RegisterReadings.AsNoTracking()
                              where keys.Contains(r.MeteringPointKey)
                              orderby r.OnDate descending, r.Id descending
                              select new
                              {
                                  r.MeteringPointKey,
                                  Row = new ReadingRow(r.Id, r.OnDate, r.RegisterKwh, r.Source, r.State, r.Check, r.ConsumptionKwh,
                                      db.RegisterReadingPhotos.Any(p => p.RegisterReadingId == r.Id)),
                              }).ToListAsync(cancellationToken);
        var today = OsloTime.Today(clock);
        return points.Select(p =>
        {
            var mine = readings.Where(r => r.MeteringPointKey == p.Id).Select(r => r.Row).ToList();
            var last = mine.FirstOrDefault(r => r.State == RegisterReadingState.Applied);
            var waiting = mine.Any(r => r.State == RegisterReadingState.AwaitingCheck);
            var due = !waiting && (last is null || last.OnDate <= DueBy(today));
            return new ReadingPoint(p.MeteringPointId.Value, p.MeteringPointId.Formatted, p.Address.ToString(), p.RegisterDigits, last, due, waiting, mine);
        }).ToList();
    }

    /// <summary>The photo of one of the relationship's readings, or null.</summary>
    public Task<byte[]?> PhotoAsync(AuthorizedRelationship relationship, int readingId, CancellationToken cancellationToken) =>
        (from p in db.RegisterReadingPhotos
         join r in db.RegisterReadings on p.RegisterReadingId equals r.Id
         join m in db.MeteringPoints on r.MeteringPointKey equals m.Id
         where r.Id == readingId && m.CustomerRelationshipId == relationship.RelationshipId
         select p.Jpeg).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Checks a reading and stores it (with the photo, if any), or says why not, or that it needs the customer's confirmation.</summary>
    /// <param name="relationship">The relationship whose meter was read.</param>
    /// <param name="command">The form.</param>
    /// <param name="photo">The photo of the display, if the customer added one.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<ReadingReport> ReportAsync(AuthorizedRelationship relationship, ReportReading command, Stream? photo, CancellationToken cancellationToken)
    {
        relationship.EnsureCustomerMayChange();
        if (!MayReport(relationship))
        {
            throw new RelationshipAccessDeniedException();
        }

        var result = await validator.ValidateAsync(command, cancellationToken);
        if (!result.IsValid)
        {
            return new ReadingReport(result, null, null);
        }

        var id = MeteringPointId.Parse(command.MeteringPointId);
        var point = id.IsValid
            ? await db.MeteringPoints.AsNoTracking()
                .Where(m => m.CustomerRelationshipId == relationship.RelationshipId && !m.SendsValues && m.MeteringPointId == id.Value!)
                .Select(m => new { m.Id, m.RegisterDigits, m.MeteringPointId }).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (point is null)
        {
            return Refused(result, nameof(ReportReading.MeteringPointId), texts["Error.NoSuchPoint"].Value);
        }

        var reading = long.Parse(command.Reading!.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var date = command.OnDate!.Value;
        if (reading > RegisterReadingRules.MaxRegister(point.RegisterDigits))
        {
            return Refused(result, nameof(ReportReading.Reading), texts["Error.TooManyDigits", point.RegisterDigits].Value);
        }

        var customer = await db.RelationshipAsync(relationship, cancellationToken);
        if (date < customer.StartDate || customer.EndDate is { } end && date > end)
        {
            return Refused(result, nameof(ReportReading.OnDate), texts["Error.DateOutsideRelationship"].Value);
        }

        var readings = db.RegisterReadings.AsNoTracking().Where(r => r.MeteringPointKey == point.Id);
        if (await readings.AnyAsync(r => r.State == RegisterReadingState.AwaitingCheck, cancellationToken))
        {
            return Refused(result, nameof(ReportReading.Reading), texts["Error.Waiting"].Value);
        }

        var last = await readings.Where(r => r.State == RegisterReadingState.Applied).OrderByDescending(r => r.OnDate).FirstOrDefaultAsync(cancellationToken);
        if (last is not null && date <= last.OnDate)
        {
            return Refused(result, nameof(ReportReading.OnDate), texts["Error.DateNotAfterLast", DisplayNames.Date(last.OnDate)].Value);
        }

        var assessment = new RegisterReadingAssessment(null, false, RegisterReadingCheck.None);
        if (last is not null)
        {
            var (expected, measured) = await applier.ExpectedAsync(point.Id, last.OnDate, date, cancellationToken);
            assessment = RegisterReadingRules.Assess(last.RegisterKwh, reading, point.RegisterDigits, expected, date.DayNumber - last.OnDate.DayNumber, measured);
            if (assessment.Check != RegisterReadingCheck.None && !command.Confirmed)
            {
                return new ReadingReport(result, assessment.Check, null);
            }
        }

        byte[]? jpeg = null;
        if (photo is not null)
        {
            var processed = await photos.ProcessAsync(photo, cancellationToken);
            if (processed.Problem is { } problem)
            {
                return Refused(result, "Photo", texts[$"Error.Photo.{problem}", IReadingPhotos.MaxBytes / (1024 * 1024)].Value);
            }

            jpeg = processed.Jpeg;
        }

        var stored = RegisterReading.FromCustomer(point.Id, date, reading, assessment, clock.GetUtcNow().UtcDateTime);
        await using var batch = await writer.BeginAsync(cancellationToken);
        db.RegisterReadings.Add(stored);
        await db.SaveChangesAsync(cancellationToken);
        if (jpeg is not null)
        {
            db.RegisterReadingPhotos.Add(new RegisterReadingPhoto(stored.Id, jpeg));
        }

        if (stored.Counts && last is not null && stored.ConsumptionKwh is { } used)
        {
            await applier.ApplyAsync(batch, point.Id, last.OnDate, date, used, cancellationToken);
        }

        audit.Add(relationship, AuditAction.RegisterReadingReported, detail: $"{point.MeteringPointId.Value} {date:yyyy-MM-dd} {stored.State}");
        await db.SaveChangesAsync(cancellationToken);
        await batch.CompleteAsync(cancellationToken);
        return new ReadingReport(result, null, stored);
    }

    private static ReadingReport Refused(ValidationResult result, string field, string message)
    {
        result.Errors.Add(new ValidationFailure(field, message));
        return new ReadingReport(result, null, null);
    }
}
