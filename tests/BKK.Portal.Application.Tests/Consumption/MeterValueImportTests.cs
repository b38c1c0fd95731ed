using BKK.Portal.Application.Consumption;

using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Consumption;
using BKK.Portal.Domain.Meters;
using BKK.Portal.Infrastructure.Consumption;
using BKK.Portal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Application.Tests.Consumption;

public sealed class MeterValueImportTests : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2026, 10, 25); // 25 hours: clocks go back
    private TestDatabase _database = null!;
    private string _pointId = null!;
    private int _pointKey;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var data = await _database.AddDemoCustomersAsync();
        var point = data.MeteringPoints[0].MeteringPoint;
        (_pointId, _pointKey) = (point.MeteringPointId.Value, point.Id);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Ten_bad_lines_among_good_ones_are_reported_with_their_line_numbers_and_the_rest_go_in()
    {
        var lines = new List<string> { MeterValueCsvFormat.Header };
        lines.AddRange(Lines(Day, MeterResolution.QuarterHour, wh: 250)); // lines 2..101
        var bad = new Dictionary<int, string>
        {
            [5] = "707057500088553216;2026-10-24T00:00:00+02:00;PT15M;forbruk;0,250;målt",   // check digit
            [17] = "707057500088553215;2026-10-24T00:00:00+02:00;PT15M;forbruk;0,250;målt",  // valid but unknown
            [30] = $"{_pointId};2026-10-24T00:00:00+02:00;PT15M;forbruk;-0,250;målt",        // negative
            [31] = $"{_pointId};2026-10-24T00:15:00+02:00;PT15M;forbruk;9000,000;målt",      // absurd
            [44] = $"{_pointId};2026-10-24T00:07:00+02:00;PT15M;forbruk;0,250;målt",         // not aligned
            [45] = $"{_pointId};2026-10-24T01:30:00+02:00;PT60M;forbruk;0,250;målt",         // not aligned to an hour
            [60] = $"{_pointId};2026-02-30T00:00:00+01:00;PT15M;forbruk;0,250;målt",         // no such date
            [61] = $"{_pointId};2026-10-24T00:00:00;PT15M;forbruk;0,250;målt",               // no offset
            [77] = $"{_pointId};2026-10-24T00:00:00+02:00;PT15M;forbruk;0,250",              // missing field
            [90] = $"{_pointId};2026-10-24T00:00:00+02:00;PT15M;forbruk;0,2505;målt",        // four decimals
        };
        foreach (var (lineNumber, text) in bad.OrderBy(b => b.Key))
        {
            lines.Insert(lineNumber - 1, text);
        }

        var summary = await ImportAsync(lines);

        Assert.Equal(110, summary.Read);
        Assert.Equal(100, summary.Inserted);
        Assert.Equal(bad.Keys.Order(), summary.Rejections.Select(r => (int)r.LineNumber));
        Assert.All(summary.Rejections, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
        Assert.Contains("kontrollsifferet", summary.Rejections[0].Reason, StringComparison.Ordinal);
        Assert.Contains("Ukjent målepunkt", summary.Rejections[1].Reason, StringComparison.Ordinal);
        Assert.Equal(100, await CountAsync());
    }

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing()
    {
        var lines = Lines(Day, MeterResolution.QuarterHour, wh: 250).ToList();
        await ImportAsync(lines);
        var before = await ValuesAsync();

        var again = await ImportAsync(lines);

        Assert.Equal((0L, 0L, 100L), (again.Inserted, again.Replaced, again.Unchanged));
        Assert.Equal(before, await ValuesAsync());
    }

    [Fact]
    public async Task Stored_days_far_into_a_stretch_of_new_days_are_still_read_and_merged()
    {
        // Stored: a corrected day 5 days after the file's first, and one day 9 days after it. The file: 12 days. The
        // days before each stored one have nothing stored and are not read one by one; the stored ones must still be.
        await ImportAsync(Lines(Day.AddDays(5), MeterResolution.Hour, wh: 900).Concat(Lines(Day.AddDays(9), MeterResolution.Hour, wh: 1000)));
        var file = Enumerable.Range(0, 12).SelectMany(d => Lines(Day.AddDays(d), MeterResolution.Hour, wh: 1000)).ToList();

        var summary = await ImportAsync(file);

        Assert.Equal((file.Count - 48L, 24L, 24L, 0L), (summary.Inserted, summary.Replaced, summary.Unchanged, summary.Removed));
        var values = await ValuesAsync();
        Assert.Equal(file.Count, values.Count);
        Assert.All(values, v => Assert.Equal(1000, v.Wh));
    }

    [Fact]
    public async Task A_corrected_value_replaces_the_old_one()
    {
        var lines = Lines(Day, MeterResolution.Hour, wh: 1000).ToList();
        await ImportAsync(lines);
        lines[7] = lines[7].Replace(";1,000;målt", ";1,234;estimert", StringComparison.Ordinal);

        var summary = await ImportAsync(lines);

        Assert.Equal((0L, 1L, 24L), (summary.Inserted, summary.Replaced, summary.Unchanged));
        var values = await ValuesAsync();
        Assert.Equal(25, values.Count);
        Assert.Equal((1234L, MeterValueStatus.Estimated), (values[7].Wh, values[7].Status));
    }

    [Fact]
    public async Task An_hour_given_anew_as_one_value_replaces_its_quarter_hours()
    {
        await ImportAsync(Lines(Day, MeterResolution.QuarterHour, wh: 250));

        var summary = await ImportAsync(Lines(Day, MeterResolution.Hour, wh: 1100));

        Assert.Equal((25L, 75L), (summary.Replaced, summary.Removed));
        var values = await ValuesAsync();
        Assert.Equal(25, values.Count);
        Assert.All(values, v => Assert.Equal(MeterResolution.Hour, v.Resolution));
        Assert.Equal(25 * 1100, values.Sum(v => v.Wh));
    }

    [Fact]
    public async Task Quarter_hours_given_inside_a_stored_hour_replace_it_and_nothing_is_counted_twice()
    {
        await ImportAsync(Lines(Day, MeterResolution.Hour, wh: 1000));
        var quarters = Lines(Day, MeterResolution.QuarterHour, wh: 300).Skip(41).Take(3).ToList(); // 10:15, 10:30, 10:45 of the stored 10:00 hour

        var summary = await ImportAsync(quarters);

        Assert.Equal((3L, 1L), (summary.Inserted, summary.Removed));
        var values = await ValuesAsync();
        Assert.Equal(24 + 3, values.Count);
        Assert.Equal((24 * 1000) + (3 * 300), values.Sum(v => v.Wh));
    }

    [Fact]
    public async Task A_line_whose_interval_overlaps_another_line_is_rejected()
    {
        var hour = Lines(Day, MeterResolution.Hour, wh: 1000).Skip(10).First();
        var quarterInside = Lines(Day, MeterResolution.QuarterHour, wh: 250).Skip(42).First();

        var summary = await ImportAsync([hour, quarterInside]);

        Assert.Equal(1, summary.Inserted);
        Assert.Equal(2, Assert.Single(summary.Rejections).LineNumber);
        Assert.Contains("overlapper intervallet på linje 1", summary.Rejections[0].Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00+01:00")]
    [InlineData("9999-12-31T23:45:00Z")]
    [InlineData("1999-12-31T23:00:00+01:00")]
    public async Task A_start_outside_any_sensible_range_is_a_rejected_line_not_a_crash(string start)
    {
        var summary = await ImportAsync([$"{_pointId};{start};PT15M;forbruk;0,250;målt"]);

        Assert.Contains("Ugyldig starttidspunkt", Assert.Single(summary.Rejections).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_lines_that_give_one_interval_different_values_are_both_refused_each_naming_the_other()
    {
        var lines = Lines(Day, MeterResolution.Hour, wh: 1000).Take(3).ToList();
        var contradiction = lines[1].Replace(";1,000;", ";2,000;", StringComparison.Ordinal);
        var estimate = lines[1].Replace(";målt", ";estimert", StringComparison.Ordinal); // the same kWh with another status is another value too

        var summary = await ImportAsync([lines[0], lines[1], lines[2], contradiction, estimate]);

        Assert.Equal([2L, 4L, 5L], summary.Rejections.Select(r => r.LineNumber));
        Assert.Contains("Linje 4 har en annen verdi", summary.Rejections[0].Reason, StringComparison.Ordinal);
        Assert.Contains("Linje 2 har en annen verdi", summary.Rejections[1].Reason, StringComparison.Ordinal);
        Assert.Contains("Linje 2 har en annen verdi", summary.Rejections[2].Reason, StringComparison.Ordinal);
        Assert.Equal(2, summary.Inserted);
        Assert.DoesNotContain(await ValuesAsync(), v => v.StartUtc == OsloTime.ToUtc(Day).AddHours(1)); // neither went in
    }

    [Fact]
    public async Task The_same_line_twice_goes_in_once()
    {
        var line = Lines(Day, MeterResolution.Hour, wh: 1000).First();

        var summary = await ImportAsync([line, line]);

        Assert.Empty(summary.Rejections);
        Assert.Equal(1, summary.Inserted);
        Assert.Equal(1000, Assert.Single(await ValuesAsync()).Wh);
    }

    [Fact]
    public async Task An_interval_that_has_not_ended_yet_is_rejected()
    {
        var tomorrow = OsloTime.Today(TimeProvider.System).AddDays(1);

        var summary = await ImportAsync(Lines(tomorrow, MeterResolution.Hour, wh: 1000).Take(1));

        Assert.Contains("ikke avsluttet", Assert.Single(summary.Rejections).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_of_many_parts_parsed_at_once_keeps_its_line_numbers_its_order_and_finds_a_contradiction_far_apart()
    {
        // 800 days of quarter-hours (about 77,000 lines, parsed in parts of 32,768 lines on every core), in reverse
        // order of days, with a blank line, bad lines far apart, and one value given again near the end.
        var days = Enumerable.Range(0, 800).Select(i => Day.AddDays(-i)).ToList();
        var lines = new List<string> { MeterValueCsvFormat.Header, string.Empty };
        foreach (var day in days)
        {
            lines.AddRange(Lines(day, MeterResolution.QuarterHour, wh: 250));
        }

        var firstValue = lines[2];
        lines.Insert(40_000, $"{_pointId};2026-10-24T00:07:00+02:00;PT15M;forbruk;0,250;målt"); // line 40,001: not aligned
        lines.Insert(70_000, "707057500088553215;2026-10-24T00:00:00+02:00;PT15M;forbruk;0,250;målt"); // line 70,001: unknown
        lines.Add(firstValue.Replace(";0,250;", ";0,500;", StringComparison.Ordinal)); // contradicts line 3, in another part of the file

        var summary = await ImportAsync(lines);

        var expected = days.Sum(d => (OsloTime.ToUtc(d.AddDays(1)) - OsloTime.ToUtc(d)).Ticks / TimeSpan.FromMinutes(15).Ticks);
        Assert.Equal(expected + 3, summary.Read);
        Assert.Equal(expected - 1, summary.Inserted);
        Assert.Equal([3L, 40_001L, 70_001L, lines.Count], summary.Rejections.Select(r => r.LineNumber));
        var values = await ValuesAsync();
        Assert.Equal(expected - 1, values.Count);
        Assert.Equal(values.OrderBy(v => v.StartUtc).Select(v => v.StartUtc), values.Select(v => v.StartUtc));
        Assert.DoesNotContain(values, v => v.StartUtc == OsloTime.ToUtc(Day));
        Assert.All(values, v => Assert.Equal(250, v.Wh));
    }

    private IEnumerable<string> Lines(DateOnly day, MeterResolution resolution, long wh)
    {
        for (var t = OsloTime.ToUtc(day); t < OsloTime.ToUtc(day.AddDays(1)); t = t.AddMinutes((int)resolution))
        {
            yield return MeterValueCsvFormat.FormatLine(_pointId, t, resolution, FlowDirection.Consumption, wh, MeterValueStatus.Measured);
        }
    }

    private async Task<ImportSummary> ImportAsync(IEnumerable<string> lines)
    {
        using var readings = new MeterReadings(_database.Db);
        var importer = new MeterValueImporter(_database.Db, readings, new MeterValueWriter(_database.Db), TimeProvider.System, Options.Create(new MeterValueImportOptions()));
        using var reader = new StringReader(string.Join('\n', lines));
        return await importer.ImportAsync(reader, progress: null, CancellationToken.None);
    }

    private Task<int> CountAsync() => _database.Db.MeterValues.CountAsync(v => v.MeteringPointKey == _pointKey);

    private Task<List<Reading>> ValuesAsync() =>
        _database.Db.MeterValues.AsNoTracking().Where(v => v.MeteringPointKey == _pointKey).OrderBy(v => v.StartUtc)
            .Select(v => new Reading(v.StartUtc, v.Resolution, v.QuantityWh, v.Status)).ToListAsync();
}
