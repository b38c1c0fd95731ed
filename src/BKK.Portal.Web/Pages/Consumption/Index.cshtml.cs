using System.Globalization;
using System.Text.Json;
using BKK.Portal.Application.Consumption;
using BKK.Portal.Domain.Consumption;
using Microsoft.Extensions.Localization;

namespace BKK.Portal.Web.Pages.Consumption;

/// <summary>
/// Forbruk: a metering point's energy in a day, week, month or year, as a table (works without
/// JavaScript) and a chart, with last year beside it and the capacity step of each month; and
/// the export of the period's values as CSV or JSON. A metering point of another relationship
/// is not found (404) here and in the export.
/// </summary>
public sealed class IndexModel(CurrentRelationship current, ConsumptionQuery query, MeteringPointAccess points, ConsumptionExport export, TimeProvider clock, IStringLocalizer<ConsumptionTexts> texts) : PageModel
{
    [FromQuery(Name = "malepunkt")]
    public string? MeteringPointId { get; set; }

    [FromQuery(Name = "periode")]
    public string? PeriodText { get; set; }

    [FromQuery(Name = "dato")]
    public string? DateText { get; set; }

    [FromQuery(Name = "serie")]
    public string? SeriesText { get; set; }

    [FromQuery(Name = "omfang")]
    public string? ScopeText { get; set; }

    /// <summary>"kr": the cost at the spot price beside the energy; anything but "kwh" or nothing is a 400.</summary>
    [FromQuery(Name = "vis")]
    public string? ShowText { get; set; }

    public bool ShowsCost { get; private set; }

    public ConsumptionView? View { get; private set; }

    public string? Error { get; private set; }

    public DateOnly Today => OsloTime.Today(clock);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ConsumptionRequest.TryRead(PeriodText, DateText, SeriesText, Today, out var period, out var direction, out var error))
        {
            Error = error;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (!ConsumptionRequest.TryReadShow(ShowText, out var showsCost, out error))
        {
            Error = error;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        View = await query.GetAsync(await current.GetAsync(cancellationToken), MeteringPointId, period, direction, showsCost, cancellationToken);
        ShowsCost = View?.Cost is not null;
        if (View is null && string.IsNullOrWhiteSpace(MeteringPointId))
        {
            Error = texts["Error.NoMeteringPoints"].Value;
            return Page();
        }

        return View is null ? NotFound() : Page();
    }

    public Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) => ExportAsync(ExportFormat.Csv, cancellationToken);

    public Task<IActionResult> OnGetJsonAsync(CancellationToken cancellationToken) => ExportAsync(ExportFormat.Json, cancellationToken);

    /// <summary>The link to this page with some of its parameters changed.</summary>
    public string Link(ConsumptionPeriod period, string? meteringPointId = null, FlowDirection? direction = null, string? handler = null, bool? cost = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["malepunkt"] = meteringPointId ?? View?.MeteringPoint.Id,
            ["periode"] = ConsumptionRequest.PeriodWord(period.Kind),
            ["dato"] = period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        var series = direction ?? View?.Direction ?? FlowDirection.Consumption;
        if (series == FlowDirection.Production)
        {
            query["serie"] = "produksjon";
        }

        if (handler is not null)
        {
            query["handler"] = handler;
        }
        else if (cost ?? ShowsCost)
        {
            query["vis"] = "kr";
        }

        return "/forbruk" + Microsoft.AspNetCore.Http.QueryString.Create(query);
    }

    /// <summary>
    /// The chart's numbers and texts, read by wwwroot/js/forbruk.js (JSON in the page: no inline script, no
    /// extra request). The texts come from the resources and the numbers' format from the page's culture.
    /// </summary>
    public string ChartJson()
    {
        var view = View!;
        var size = view.Period.BucketSize;
        var chart = new
        {
            unit = "kWh",
            locale = CultureInfo.CurrentCulture.Name,
            texts = new
            {
                series = texts["Chart.Series", DisplayNames.Of(view.Direction)].Value,
                peakHour = texts["Chart.PeakHour"].Value,
                lastYear = texts["Column.LastYear"].Value,
            },
            labels = view.Rows.Select(r => DisplayNames.BucketLabel(r.Bucket, size)).ToArray(),
            values = view.Rows.Select(r => r.Bucket.HasData ? (decimal?)r.Bucket.Kwh : null).ToArray(),
            lastYear = view.Rows.Select(r => r.LastYear?.HasData == true ? (decimal?)r.LastYear.Kwh : null).ToArray(),
            peaks = size == BucketSize.Day ? view.Rows.Select(r => r.Bucket.PeakHour?.Kwh).ToArray() : null,
            flagged = view.Rows.Select(r => r.Bucket.HasEstimated || r.Bucket.HasMissing).ToArray(),
            cost = view.Cost is { } cost
                ? new
                {
                    unit = texts["Chart.CostUnit"].Value,
                    priceUnit = texts["Chart.PriceUnit"].Value,
                    series = texts["Chart.CostSeries"].Value,
                    price = texts["Chart.PriceSeries"].Value,
                    values = cost.Buckets.Select(b => b.NokInclVat).ToArray(),
                    prices = cost.Buckets.Select(b => b.OrePerKwhInclVat).ToArray(),
                }
                : null,
        };
        return JsonSerializer.Serialize(chart);
    }

    private async Task<IActionResult> ExportAsync(ExportFormat format, CancellationToken cancellationToken)
    {
        if (!ConsumptionRequest.TryRead(PeriodText, DateText, SeriesText, Today, out var period, out _, out var error))
        {
            return BadRequest(error);
        }

        var point = await points.FindAsync(await current.GetAsync(cancellationToken), MeteringPointId, cancellationToken);
        if (point is null)
        {
            return NotFound();
        }

        // "alt": the whole history the portal keeps (three years back), otherwise the chosen period.
        var (from, to) = ScopeText == "alt"
            ? (ConsumptionHistory.Earliest(Today), Today.AddDays(1))
            : (period.Start, period.End);
        var values = export.StreamAsync(point, from, to);
        var fileName = ConsumptionExport.FileName(point, from, to, format == ExportFormat.Csv ? "csv" : "json");
        Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        Response.Headers.CacheControl = "no-store";
        return format == ExportFormat.Csv
            ? new StreamedResult("text/csv; charset=utf-8", body => ConsumptionFile.WriteCsvAsync(body, point.Choice.Id, values, texts, cancellationToken))
            : new StreamedResult("application/json; charset=utf-8", body => ConsumptionFile.WriteJsonAsync(body, point.Choice.Id, values, cancellationToken));
    }
}
