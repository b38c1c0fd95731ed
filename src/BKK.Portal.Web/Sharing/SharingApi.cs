using System.Globalization;
using System.ComponentModel;
using System.Text.Json;
using BKK.Portal.Application.Consumption;
using BKK.Portal.Application.Sharing;
using BKK.Portal.Domain.Consumption;
using BKK.Portal.Domain.Sharing;

namespace BKK.Portal.Web.Sharing;

/// <summary>
/// The read-only API under <c>/api/v1</c> for a customer's own data, with a token made on Deling av data
/// (docs/decisions/0029-api-tokens-for-the-customers-own-data.md). Every endpoint: the token's check (the scheme
/// <see cref="ApiTokenAuthenticationHandler"/>), the token's rate limit, the call counted for its owner, and a metering
/// point that is not the token's answered exactly like one that does not exist.
/// </summary>
public static class SharingApi
{
    public const string Root = "/api";
    public const string Prefix = "/api/v1";
    public const string Policy = "api-token";
    public const string RateLimitPolicy = "api";
    public const string DocumentName = "v1";

    /// <summary>The OpenAPI document's address.</summary>
    public const string DocumentPath = "/api/openapi/v1.json";

    private const int FlushEvery = 2000;

    private const string PointIdText = "The metering point ID, 18 digits (GSRN).";
    private const string FromDay = "The first day, yyyy-MM-dd (Oslo time).";
    private const string ToDay = "The day after the last, yyyy-MM-dd (not included): at most 366 days after from.";

    public static void MapSharingApi(this WebApplication app)
    {
        // Only the one document's name: any other goes to the 404 problem below (the library's own 404 repeats the name).
        app.MapOpenApi("/api/openapi/{documentName:regex(^v1$)}.json").AllowAnonymous().DisableRateLimiting();
        var api = app.MapGroup(Prefix)
            .RequireAuthorization(Policy)
            .RequireRateLimiting(RateLimitPolicy)
            .AddEndpointFilter(async (context, next) =>
            {
                context.HttpContext.RequestServices.GetRequiredService<ApiUsageCounter>().Count(ApiTokenAuthenticationHandler.Caller(context.HttpContext).TokenId);
                return await next(context);
            })
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithTags("Mine data");

        api.MapGet("/metering-points", MeteringPointsAsync)
            .WithName("ListMeteringPoints").WithSummary("The metering points the token covers");
        api.MapGet("/metering-points/{meteringPointId}/values", ValuesAsync)
            .Produces<MeterValuesResponse>(StatusCodes.Status200OK, "application/json")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetMeterValues").WithSummary("Meter values in a period of at most 366 days, streamed");
        api.MapGet("/metering-points/{meteringPointId}/capacity", CapacityAsync)
            .Produces<CapacityResponse>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetCapacitySteps").WithSummary("The capacity step per month with its three peaks");
        api.MapGet("/metering-points/{meteringPointId}/spot-prices", SpotPricesAsync)
            .Produces<SpotPricesResponse>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetSpotPrices").WithSummary("The spot prices of the metering point's area in a period of at most 366 days");
        api.MapGet("/invoices", InvoicesAsync)
            .Produces<InvoicesResponse>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithName("ListInvoices").WithSummary("The invoices of a year, with totals (no PDF)");

        // Anything else under /api, last of all: an unknown address is a 404 problem (not the login of the pages), and a
        // method other than GET a 405 problem (the API only reads; without this, routing's own 405 would go to the login).
        app.Map(Root + "/{**rest}", (HttpContext context) =>
            {
                if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
                {
                    return ApiProblems.Problem(context, StatusCodes.Status404NotFound, "Problem.NoSuchPath");
                }

                context.Response.Headers.Allow = HttpMethods.Get;
                return ApiProblems.Problem(context, StatusCodes.Status405MethodNotAllowed, "Problem.Method");
            })
            .AllowAnonymous().DisableRateLimiting().ExcludeFromDescription()
            .Add(b => ((RouteEndpointBuilder)b).Order = int.MaxValue);
    }

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.Ok<MeteringPointsResponse>> MeteringPointsAsync(HttpContext context, SharedDataQuery query, CancellationToken cancellationToken)
    {
        var points = await query.MeteringPointsAsync(ApiTokenAuthenticationHandler.Caller(context), cancellationToken);
        return TypedResults.Ok(new MeteringPointsResponse(points.Select(p => new MeteringPointResponse(
            p.Choice.Id, p.Choice.Address, MeterValueCsvFormat.ResolutionCode(p.Choice.Resolution), p.PriceArea.ToString(), p.Choice.HasProduction)).ToList()));
    }

    private static async Task<IResult> ValuesAsync(
        HttpContext context, SharedDataQuery query, [Description(PointIdText)] string meteringPointId, [FromQuery, Description(FromDay)] string from, [FromQuery, Description(ToDay)] string to,
        [FromQuery, Description("PT15M (if left out): the values as measured, quarter-hours or hours where the meter gives hours. PT60M: summed to whole hours.")] string? resolution,
        [FromQuery, Description("consumption (if left out) or production.")] string? direction,
        CancellationToken cancellationToken)
    {
        var caller = ApiTokenAuthenticationHandler.Caller(context);
        if (!caller.Allows(ApiScopes.MeterValues))
        {
            return ApiProblems.Problem(context, StatusCodes.Status403Forbidden, "Problem.Scope");
        }

        if (await query.FindAsync(caller, meteringPointId, cancellationToken) is not { } point)
        {
            return NotFound(context);
        }

        var (first, end, problem) = Period(context, from, to);
        if (problem is not null)
        {
            return problem;
        }

        bool hourly;
        switch (resolution)
        {
            case null or "" or "PT15M":
                hourly = false;
                break;
            case "PT60M":
                hourly = true;
                break;
            default:
                return ApiProblems.BadParameter(context, "resolution", "Error.Resolution");
        }

        FlowDirection flow;
        switch (direction)
        {
            case null or "" or "consumption":
                flow = FlowDirection.Consumption;
                break;
            case "production":
                flow = FlowDirection.Production;
                break;
            default:
                return ApiProblems.BadParameter(context, "direction", "Error.Direction");
        }

        var values = query.ValuesAsync(point, flow, first, end, hourly, cancellationToken);
        return new StreamedJson(json => WriteValuesAsync(json, point.Choice.Id, flow, first, end, values, cancellationToken));
    }

    private static async Task WriteValuesAsync(Utf8JsonWriter json, string meteringPointId, FlowDirection direction, DateOnly from, DateOnly to, IAsyncEnumerable<ExportValue> values, CancellationToken cancellationToken)
    {
        json.WriteStartObject();
        json.WriteString("meteringPointId", meteringPointId);
        json.WriteString("direction", direction == FlowDirection.Production ? "production" : "consumption");
        json.WriteString("unit", "kWh");
        json.WriteString("from", OsloTime.ToOffset(OsloTime.ToUtc(from)));
        json.WriteString("to", OsloTime.ToOffset(OsloTime.ToUtc(to)));
        json.WriteStartArray("values");
        var count = 0;
        await foreach (var v in values.WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            json.WriteString("start", OsloTime.ToOffset(v.StartUtc));
            json.WriteString("end", OsloTime.ToOffset(v.StartUtc.AddMinutes((int)v.Resolution)));
            json.WriteString("resolution", MeterValueCsvFormat.ResolutionCode(v.Resolution));
            json.WriteNumber("kwh", v.Wh / 1000m);
            json.WriteString("status", Status(v.Status));
            json.WriteEndObject();
            if (++count % FlushEvery == 0)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static async Task<IResult> CapacityAsync(
        HttpContext context, SharedDataQuery query, TimeProvider clock, [Description(PointIdText)] string meteringPointId,
        [FromQuery, Description("The first month, yyyy-MM. This month if left out.")] string? from,
        [FromQuery, Description("The last month, yyyy-MM, included; at most 24 months from the first. The first if left out. A month after this one has no step yet.")] string? to,
        CancellationToken cancellationToken)
    {
        var caller = ApiTokenAuthenticationHandler.Caller(context);
        if (!caller.Allows(ApiScopes.Capacity))
        {
            return ApiProblems.Problem(context, StatusCodes.Status403Forbidden, "Problem.Scope");
        }

        if (await query.FindAsync(caller, meteringPointId, cancellationToken) is not { } point)
        {
            return NotFound(context);
        }

        var today = OsloTime.Today(clock);
        DateOnly? first = string.IsNullOrEmpty(from) ? new DateOnly(today.Year, today.Month, 1) : Month(from);
        if (first is null)
        {
            return ApiProblems.BadParameter(context, "from", "Error.Month");
        }

        DateOnly? last = string.IsNullOrEmpty(to) ? first : Month(to);
        if (last is null)
        {
            return ApiProblems.BadParameter(context, "to", "Error.Month");
        }

        if (last < first || last.Value > first.Value.AddMonths(23))
        {
            return ApiProblems.BadParameter(context, "to", "Error.MonthRange", 24);
        }

        var months = await query.CapacityAsync(point, first.Value, last.Value, cancellationToken);
        return TypedResults.Ok(new CapacityResponse(point.Choice.Id, months.Select(m => new CapacityMonthResponse(
            m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            m.AverageKw,
            m.Step.FromKw,
            m.Step.ToKw,
            m.Step.MonthlyPriceNok,
            m.Peaks.Select(p => new CapacityPeakResponse(p.Date, OsloTime.ToOffset(p.HourStartUtc), p.Kwh, p.Estimated)).ToList())).ToList()));
    }

    private static async Task<IResult> SpotPricesAsync(
        HttpContext context, SharedDataQuery query, [Description(PointIdText)] string meteringPointId, [FromQuery, Description(FromDay)] string from, [FromQuery, Description(ToDay)] string to, CancellationToken cancellationToken)
    {
        var caller = ApiTokenAuthenticationHandler.Caller(context);
        if (await query.FindAsync(caller, meteringPointId, cancellationToken) is not { } point)
        {
            return NotFound(context);
        }

        var (first, end, problem) = Period(context, from, to);
        if (problem is not null)
        {
            return problem;
        }

        var prices = await query.SpotPricesAsync(point, first, end, cancellationToken);
        return TypedResults.Ok(new SpotPricesResponse(
            point.Choice.Id, point.PriceArea.ToString(), "NOK/kWh excl. VAT", OsloTime.ToOffset(OsloTime.ToUtc(first)), OsloTime.ToOffset(OsloTime.ToUtc(end)),
            prices.Select(p => new SpotPriceResponse(OsloTime.ToOffset(p.StartUtc), OsloTime.ToOffset(p.EndUtc), p.NokPerKwh)).ToList()));
    }

    private static async Task<IResult> InvoicesAsync(
        HttpContext context, SharedDataQuery query, TimeProvider clock, [FromQuery, Description("The year, yyyy. This year if left out.")] string? year, CancellationToken cancellationToken)
    {
        var caller = ApiTokenAuthenticationHandler.Caller(context);
        if (!caller.Allows(ApiScopes.Invoices) || !caller.Relationship.CoversAccountData)
        {
            return ApiProblems.Problem(context, StatusCodes.Status403Forbidden, "Problem.Scope");
        }

        var asked = OsloTime.Today(clock).Year;
        if (!string.IsNullOrEmpty(year)
            && !(year.Length == 4 && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out asked) && asked >= 2000))
        {
            return ApiProblems.BadParameter(context, "year", "Error.Year");
        }

        var list = await query.InvoicesAsync(caller, asked, cancellationToken);
        return TypedResults.Ok(new InvoicesResponse(
            asked, list.Years, list.Invoices.Select(i => new InvoiceResponse(
                i.Number, i.PeriodStart, i.IssueDate, i.DueDate, i.AmountInclVat, i.AmountDue, i.Status.ToString().ToLowerInvariant(), i.Address)).ToList(),
            list.TotalOwed, list.NextDueDate, list.InvoicedThroughSupplier));
    }

    private static IResult NotFound(HttpContext context) => ApiProblems.Problem(context, StatusCodes.Status404NotFound, "Problem.NoSuchPoint");

    private static string Status(MeterValueStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>An Oslo period [from, to) of whole days, at most <see cref="SharedDataQuery.MaxDays"/> long.</summary>
    private static (DateOnly From, DateOnly To, IResult? Problem) Period(HttpContext context, string? from, string? to)
    {
        if (Day(from) is not { } first)
        {
            return (default, default, ApiProblems.BadParameter(context, "from", "Error.Date"));
        }

        if (Day(to) is not { } end)
        {
            return (default, default, ApiProblems.BadParameter(context, "to", "Error.Date"));
        }

        if (end <= first || end.DayNumber - first.DayNumber > SharedDataQuery.MaxDays)
        {
            return (default, default, ApiProblems.BadParameter(context, "to", "Error.Period", SharedDataQuery.MaxDays));
        }

        return (first, end, null);
    }

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year >= 2000 ? day : null;

    private static DateOnly? Month(string? text) =>
        DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year >= 2000 ? day : null;

    /// <summary>A JSON body written as it is read, flushed as it goes: a year of quarter-hours never sits in memory.</summary>
    private sealed class StreamedJson(Func<Utf8JsonWriter, Task> write) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            await using var json = new Utf8JsonWriter(httpContext.Response.Body, new JsonWriterOptions { Indented = false });
            await write(json);
            await json.FlushAsync(httpContext.RequestAborted);
        }
    }
}
