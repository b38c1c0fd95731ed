using BKK.Portal.Application.Consumption;
using BKK.Portal.Domain.Audit;
using BKK.Portal.Domain.Requests;

namespace BKK.Portal.Application.Requests;

/// <summary>A confirmed but unlikely reading as customer service checks it: the reading before it, what the values expected, and whether there is a photo.</summary>
public sealed record ReadingCheckRow(
    int Id, string MeteringPointIdFormatted, string Address, DateOnly OnDate, long RegisterKwh, RegisterReadingCheck Check,
    DateOnly? LastDate, long? LastKwh, decimal? ExpectedKwh, bool HasPhoto, DateTime ReceivedUtc);

/// <summary>
/// The staff side of the readings that wait for a check (on Forespørsler): approving one applies it as a plausible one
/// is applied (<see cref="RegisterReadingApplier"/>, over a roll-over where it is lower); rejecting one leaves the values
/// as they were. The agent sees the metering point, the readings and the photo, which is what the check needs. Audited
/// with the agent as the actor.
/// </summary>
public sealed class RegisterReadingChecks(IPortalDbContext db, IMeterValueWriter writer, RegisterReadingApplier applier, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<ReadingCheckRow>> PendingAsync(CancellationToken cancellationToken)
    {
        var waiting = await (from r in db.RegisterReadings.AsNoTracking()
                             join m in db.MeteringPoints on r.MeteringPointKey equals m.Id
                             where r.State == RegisterReadingState.AwaitingCheck
                             orderby r.ReceivedUtc, r.Id
                             select new { Reading = r, m.MeteringPointId, m.Address, HasPhoto = db.RegisterReadingPhotos.Any(p => p.RegisterReadingId == r.Id) })
            .ToListAsync(cancellationToken);
        var rows = new List<ReadingCheckRow>(waiting.Count);
        foreach (var w in waiting)
        {
            var last = await LastAsync(w.Reading, cancellationToken);
            decimal? expected = last is null ? null : (await applier.ExpectedAsync(w.Reading.MeteringPointKey, last.OnDate, w.Reading.OnDate, cancellationToken)).ExpectedKwh;
            rows.Add(new ReadingCheckRow(
                w.Reading.Id, w.MeteringPointId.Formatted, w.Address.ToString(), w.Reading.OnDate, w.Reading.RegisterKwh, w.Reading.Check,
                last?.OnDate, last?.RegisterKwh, expected, w.HasPhoto, w.Reading.ReceivedUtc));
        }

        return rows;
    }

    /// <summary>The photo of a reading that waits for a check, or null: staff see no other.</summary>
    public Task<byte[]?> PhotoAsync(int readingId, CancellationToken cancellationToken) =>
        (from p in db.RegisterReadingPhotos
         join r in db.RegisterReadings on p.RegisterReadingId equals r.Id
         where r.Id == readingId && r.State == RegisterReadingState.AwaitingCheck
         select p.Jpeg).SingleOrDefaultAsync(cancellationToken);

    /// <returns>False when no such reading waits.</returns>
    public async Task<bool> ApproveAsync(int id, CancellationToken cancellationToken)
    {
        var (reading, point) = await WaitingAsync(id, cancellationToken);
        if (reading is null)
        {
            return false;
        }

        var last = await LastAsync(reading, cancellationToken);
        var used = last is null ? 0 : RegisterReadingRules.Consumption(last.RegisterKwh, reading.RegisterKwh, point!.RegisterDigits);
        await using var batch = await writer.BeginAsync(cancellationToken);
        reading.Approve(used, clock.GetUtcNow().UtcDateTime);
        if (last is not null)
        {
            await applier.ApplyAsync(batch, reading.MeteringPointKey, last.OnDate, reading.OnDate, used, cancellationToken);
        }

        audit.AddByStaff(point!.CustomerRelationshipId, AuditAction.RegisterReadingChecked, $"{point.MeteringPointId.Value} {reading.OnDate:yyyy-MM-dd} approved");
        await db.SaveChangesAsync(cancellationToken);
        await batch.CompleteAsync(cancellationToken);
        return true;
    }

    /// <returns>False when no such reading waits.</returns>
    public async Task<bool> RejectAsync(int id, CancellationToken cancellationToken)
    {
        var (reading, point) = await WaitingAsync(id, cancellationToken);
        if (reading is null)
        {
            return false;
        }

        reading.Reject(clock.GetUtcNow().UtcDateTime);
        audit.AddByStaff(point!.CustomerRelationshipId, AuditAction.RegisterReadingChecked, $"{point.MeteringPointId.Value} {reading.OnDate:yyyy-MM-dd} rejected");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<(RegisterReading? Reading, MeteringPoint? Point)> WaitingAsync(int id, CancellationToken cancellationToken)
    {
        var reading = await db.RegisterReadings.SingleOrDefaultAsync(r => r.Id == id && r.State == RegisterReadingState.AwaitingCheck, cancellationToken);
        return reading is null ? (null, null) : (reading, await db.MeteringPoints.AsNoTracking().SingleAsync(m => m.Id == reading.MeteringPointKey, cancellationToken));
    }

    /// <summary>The applied reading before <paramref name="reading"/>: the one it is measured from.</summary>
    private Task<RegisterReading?> LastAsync(RegisterReading reading, CancellationToken cancellationToken) =>
        db.RegisterReadings.AsNoTracking()
            .Where(r => r.MeteringPointKey == reading.MeteringPointKey && r.State == RegisterReadingState.Applied && r.OnDate < reading.OnDate)
            .OrderByDescending(r => r.OnDate).FirstOrDefaultAsync(cancellationToken);
}
