using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Application.Consumption;

/// <summary>
/// Imports a meter value file (<see cref="MeterValueCsvFormat"/>). Every line is checked; bad
/// lines are reported with their number and reason, the rest go in; two lines that give the same interval different
/// values are both refused, and the same line twice goes in once. Values are written per
/// metering point, series and Oslo day, and a transaction only ever holds whole days: a crash
/// or kill leaves each day as it was before or as the file has it, never half. A value already
/// stored with the same quantity, status and resolution is left alone, so re-importing a file
/// changes nothing; a different one replaces it (a correction), as do values of a finer
/// resolution inside an imported coarser interval. These rules are here; the values are read
/// through <see cref="IMeterReadings"/> and written through <see cref="IMeterValueWriter"/>.
/// </summary>
public sealed class MeterValueImporter(
    IPortalDbContext db, IMeterReadings readings, IMeterValueWriter writer, TimeProvider clock, IOptions<MeterValueImportOptions> options)
{
    private readonly MeterValueImportOptions _options = options.Value;

    public async Task<ImportSummary> ImportAsync(TextReader reader, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var points = await db.MeteringPoints.AsNoTracking()
            .Select(m => new { m.MeteringPointId, m.Id })
            .ToDictionaryAsync(m => m.MeteringPointId.Value, m => m.Id, cancellationToken);

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var (rows, read, rejections) = Read(reader, points, progress, cancellationToken);
        var reading = stopwatch.Elapsed;
        var (inserted, replaced, unchanged, removed) = await WriteAsync(rows, progress, cancellationToken);
        return new ImportSummary(read, inserted, replaced, unchanged, rejections) { Removed = removed, Elapsed = (reading, stopwatch.Elapsed - reading) };
    }

    /// <summary>Lines parsed together: big enough that handing them over costs little, small enough to keep few in memory.</summary>
    private const int ChunkLines = 32_768;

    /// <summary>
    /// Reads the file in chunks of lines and parses the chunks on every core as they are read (the parsing is most of the
    /// reading phase's time), with a chunk's text let go once it is parsed; then puts the rows in key order.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see DayMerge
    private (List<Row> Rows, long Read, List<ImportRejection> Rejections) Read(
        TextReader reader, Dictionary<string, int> points, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        List<Parsed> parsed;
        try
        {
            // No buffering: a worker takes one chunk at a time from the reader (under the partitioner's lock).
            parsed = System.Collections.Concurrent.Partitioner.Create(Chunks(reader, progress), System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering)
                .AsParallel().AsOrdered().WithCancellation(cancellationToken)
                .Select(chunk => Parse(chunk, points, new MeterValueLineParser(_options.MaxPowerKw, now)))
                .ToList();
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException!).Throw();
            throw;
        }

        var rows = new List<Row>(parsed.Sum(c => c.Rows.Count));
        var rejections = new List<ImportRejection>();
        long read = 0;
        foreach (var chunk in parsed)
        {
            rows.AddRange(chunk.Rows);
            rejections.AddRange(chunk.Rejections);
            read += chunk.Read;
        }

        parsed.Clear(); // the chunks' rows are not needed once joined

        // A file in key order already (the export writes one) is not sorted again.
        if (!IsSorted(rows))
        {
            rows.Sort();
        }

        // In key order. Lines for the same interval that say the same are taken once; lines that say different things are
        // all refused, each naming the other (the file contradicts itself: neither is known to be right). A line whose
        // interval overlaps another's (an hour and a quarter-hour inside it) is rejected.
        var distinct = new List<Row>(rows.Count);
        Row? contradicted = null; // the first line of an interval whose lines disagree
        foreach (var row in rows)
        {
            if (contradicted is { } first && first.SameSeries(row) && row.StartUtc == first.StartUtc)
            {
                rejections.Add(new ImportRejection(row.Line, Contradicts(first.Line)));
                continue;
            }

            var last = distinct.Count - 1;
            if (last >= 0 && distinct[last].SameSeries(row) && row.StartUtc < distinct[last].EndUtc)
            {
                if (row.StartUtc == distinct[last].StartUtc)
                {
                    var earlier = distinct[last];
                    if (!earlier.SameValue(row))
                    {
                        rejections.Add(new ImportRejection(earlier.Line, Contradicts(row.Line)));
                        rejections.Add(new ImportRejection(row.Line, Contradicts(earlier.Line)));
                        distinct.RemoveAt(last);
                        contradicted = earlier;
                    }
                }
                else
                {
                    rejections.Add(new ImportRejection(row.Line, $"Intervallet overlapper intervallet på linje {distinct[last].Line}."));
                }

                continue;
            }

            distinct.Add(row);
        }

        rejections.Sort((a, b) => a.LineNumber.CompareTo(b.LineNumber));
        return (distinct, read, rejections);
    }

    private static string Contradicts(long otherLine) =>
        $"Linje {otherLine} har en annen verdi for samme målepunkt, intervall og retning; ingen av dem er tatt inn.";

    /// <summary>The file's lines in chunks; a blank line or the header is null, so that line numbers stay right.</summary>
    private static IEnumerable<Chunk> Chunks(TextReader reader, IProgress<ImportProgress>? progress)
    {
        long lineNumber = 0;
        var lines = new string?[ChunkLines];
        var count = 0;
        var chunks = 0;
        string? line;

        // Read synchronously: one await per line costs more than the parsing on files of millions of lines.
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            lines[count++] = string.IsNullOrWhiteSpace(line) || (lineNumber == 1 && MeterValueCsvFormat.IsHeader(line)) ? null : line;
            if (count == ChunkLines)
            {
                yield return new Chunk(lines, count, lineNumber - count + 1);
                lines = new string?[ChunkLines];
                count = 0;
                if (++chunks % 8 == 0)
                {
                    progress?.Report(new ImportProgress(ImportProgress.Reading, lineNumber, 0));
                }
            }
        }

        if (count > 0)
        {
            yield return new Chunk(lines, count, lineNumber - count + 1);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see DayMerge
    private static Parsed Parse(Chunk chunk, Dictionary<string, int> points, MeterValueLineParser parser)
    {
        var parsed = new Parsed(new List<Row>(chunk.Count), []);
        for (var i = 0; i < chunk.Count; i++)
        {
            if (chunk.Lines[i] is not { } line)
            {
                continue;
            }

            var lineNumber = chunk.FirstLine + i;
            parsed.Read++;
            if (!parser.TryParse(line, out var value, out var error))
            {
                parsed.Rejections.Add(new ImportRejection(lineNumber, error));
            }
            else if (!points.TryGetValue(value.MeteringPointId, out var key))
            {
                parsed.Rejections.Add(new ImportRejection(lineNumber, $"Ukjent målepunkt {value.MeteringPointId}."));
            }
            else
            {
                parsed.Rows.Add(new Row(key, value.Direction, value.StartUtc, value.Resolution, value.Wh, value.Status, lineNumber));
            }
        }

        return parsed;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see DayMerge
    private static bool IsSorted(List<Row> rows)
    {
        for (var i = 1; i < rows.Count; i++)
        {
            if (rows[i - 1].CompareTo(rows[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><see cref="Count"/> lines of the file from line <see cref="FirstLine"/> (a blank line or the header is null).</summary>
    private sealed record Chunk(string?[] Lines, int Count, long FirstLine);

    /// <summary>What a chunk gave: its rows, its rejected lines, and how many lines it read.</summary>
    private sealed record Parsed(List<Row> Rows, List<ImportRejection> Rejections)
    {
        public long Read { get; set; }
    }

    private async Task<(long Inserted, long Replaced, long Unchanged, long Removed)> WriteAsync(List<Row> rows, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        long inserted = 0, replaced = 0, unchanged = 0, removed = 0, sinceCommit = 0;
        var noneStoredUntil = DateTime.MinValue; // no value of the current series is stored from the current day until this
        var merge = new DayMerge();
        await using var batch = await writer.BeginAsync(cancellationToken);
        for (var first = 0; first < rows.Count;)
        {
            // One metering point's series for one Oslo day.
            var day = OsloTime.LocalDate(rows[first].StartUtc);
            var dayStart = OsloTime.ToUtc(day);
            var dayEnd = OsloTime.ToUtc(day.AddDays(1));
            var end = EndOfDay(rows, first, dayEnd);

            // The stored values of the day, read before it is written. After a day with none, when the file has more days
            // of the series, one seek finds the next stored value: the days before it are not read one by one (new values,
            // the usual import). What was found holds until the commit.
            if (first == 0 || !rows[first].SameSeries(rows[first - 1]))
            {
                noneStoredUntil = DateTime.MinValue;
            }

            List<Reading> existing = [];
            if (dayEnd > noneStoredUntil)
            {
                existing = await readings.ReadAsync(rows[first].PointKey, rows[first].Direction, dayStart, dayEnd, cancellationToken);
                if (existing.Count == 0 && end < rows.Count && rows[end].SameSeries(rows[first]))
                {
                    noneStoredUntil = await readings.FirstStartAsync(rows[first].PointKey, rows[first].Direction, dayEnd, cancellationToken) ?? DateTime.MaxValue;
                }
            }

            var (i, r, u, x) = await MergeDayAsync(batch, rows, first, end, existing, merge, cancellationToken);
            inserted += i;
            replaced += r;
            unchanged += u;
            removed += x;
            sinceCommit += end - first;
            first = end;

            if (sinceCommit >= _options.CommitEvery)
            {
                await batch.CommitAsync(cancellationToken);
                sinceCommit = 0;
                noneStoredUntil = DateTime.MinValue; // another writer may write between transactions
                progress?.Report(new ImportProgress(ImportProgress.Writing, first, rows.Count));
            }
        }

        await batch.CompleteAsync(cancellationToken);
        progress?.Report(new ImportProgress(ImportProgress.Writing, rows.Count, rows.Count));
        return (inserted, replaced, unchanged, removed);
    }

    /// <summary>
    /// Merges the file's values of one day (rows[first..end), in order, not overlapping each
    /// other) with the stored ones (in order): a stored value with the same start is updated
    /// when it differs; a stored value that overlaps a file value without the same start
    /// (quarter-hours inside an hour the file gives as one value, or an hour the file now
    /// gives as quarter-hours) is removed, so no energy is ever counted twice; the rest of
    /// the file's values are inserted.
    /// </summary>
    private static async Task<(long Inserted, long Replaced, long Unchanged, long Removed)> MergeDayAsync(
        IMeterValueBatch batch, List<Row> rows, int first, int end, List<Reading> existing, DayMerge merge, CancellationToken cancellationToken)
    {
        var unchanged = merge.Plan(rows, first, end, existing);
        var (pointKey, direction) = (rows[first].PointKey, rows[first].Direction);
        foreach (var start in merge.Deletes)
        {
            await batch.DeleteAsync(pointKey, direction, start, cancellationToken);
        }

        foreach (var row in merge.Updates)
        {
            await batch.UpdateAsync(row.ToMeterValue(), cancellationToken);
        }

        await batch.InsertAsync(pointKey, direction, merge.Inserts, cancellationToken);
        return (merge.Inserts.Count, merge.Updates.Count, unchanged, merge.Deletes.Count);
    }

    /// <summary>The end of the run of rows of the series of rows[first] that start before <paramref name="dayEndUtc"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see DayMerge
    private static int EndOfDay(List<Row> rows, int first, DateTime dayEndUtc)
    {
        var end = first + 1;
        while (end < rows.Count && rows[end].SameSeries(rows[first]) && rows[end].StartUtc < dayEndUtc)
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// What one day's merge writes, worked out before anything is written (lists reused from day to day). The loops run
    /// once per value of every import, a few times per process: they are compiled fully optimised at once rather than
    /// through the tiers (about a fifth of the import's time otherwise, measured with <c>BKK.Portal.Bench import</c>).
    /// </summary>
    private sealed class DayMerge
    {
        public List<DateTime> Deletes { get; } = [];

        public List<Row> Updates { get; } = [];

        public List<Reading> Inserts { get; } = new(100);

        /// <returns>The number of the file's values equal to the stored ones.</returns>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public long Plan(List<Row> rows, int first, int end, List<Reading> existing)
        {
            Deletes.Clear();
            Updates.Clear();
            Inserts.Clear();
            long unchanged = 0;

            // Stored values against the file's: remove the overlapped ones that are not matched by start.
            var k = first;
            foreach (var old in existing)
            {
                var oldEnd = old.StartUtc.AddMinutes((int)old.Resolution);
                while (k < end && rows[k].EndUtc <= old.StartUtc)
                {
                    k++;
                }

                var overlaps = k < end && rows[k].StartUtc < oldEnd;
                var sameStart = false;
                for (var j = k; j < end && rows[j].StartUtc < oldEnd; j++)
                {
                    sameStart |= rows[j].StartUtc == old.StartUtc;
                }

                if (overlaps && !sameStart)
                {
                    Deletes.Add(old.StartUtc);
                }
            }

            // The file's values against the stored ones with the same start.
            var e = 0;
            for (k = first; k < end; k++)
            {
                var row = rows[k];
                while (e < existing.Count && existing[e].StartUtc < row.StartUtc)
                {
                    e++;
                }

                if (e < existing.Count && existing[e].StartUtc == row.StartUtc)
                {
                    var old = existing[e];
                    if (old.Resolution == row.Resolution && old.Wh == row.Wh && old.Status == row.Status)
                    {
                        unchanged++;
                    }
                    else
                    {
                        Updates.Add(row);
                    }
                }
                else
                {
                    Inserts.Add(new Reading(row.StartUtc, row.Resolution, row.Wh, row.Status));
                }
            }

            return unchanged;
        }
    }

    private readonly record struct Row(int PointKey, FlowDirection Direction, DateTime StartUtc, MeterResolution Resolution, long Wh, MeterValueStatus Status, long Line)
        : IComparable<Row>
    {
        public DateTime EndUtc => StartUtc.AddMinutes((int)Resolution);

        public bool SameSeries(Row other) => PointKey == other.PointKey && Direction == other.Direction;

        public bool SameValue(Row other) => Resolution == other.Resolution && Wh == other.Wh && Status == other.Status;

        public int CompareTo(Row other)
        {
            var c = PointKey.CompareTo(other.PointKey);
            if (c == 0)
            {
                c = Direction.CompareTo(other.Direction);
            }

            if (c == 0)
            {
                c = StartUtc.CompareTo(other.StartUtc);
            }

            return c == 0 ? Line.CompareTo(other.Line) : c;
        }

        public MeterValue ToMeterValue() => new(PointKey, StartUtc, Resolution, Wh, Status, Direction);
    }
}
