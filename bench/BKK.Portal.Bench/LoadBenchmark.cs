using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using BKK.Portal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BKK.Portal.Bench;

/// <summary>
/// The Forbruk month page of a quarter-hour metering point under load (wrk), next to a minimal
/// page that reads the same rows from the same database file and renders the same daily table
/// with no logic: no login check, no access service, no EF Core, no Razor, no capacity step. Both are warmed up, then
/// measured in alternating rounds (<see cref="Rounds"/>).
/// </summary>
internal static partial class LoadBenchmark
{
    private const int RoundCount = 4;
    private static readonly TimeSpan Round = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(30);

    /// <summary>Kari's login cookie and the URL of her Forbruk month view, for the other load benchmarks.</summary>
    public static async Task<(string Cookie, Uri Forbruk)> LoginAsKariAsync(Uri portal)
    {
        var (cookie, pageUrl, _, _) = await LoginAsync(portal);
        return (cookie, pageUrl);
    }
    private const int Connections = 8;

    public static async Task<int> RunAsync(Uri portal, string database)
    {
        var (cookie, pageUrl, gsrn, month) = await LoginAsync(portal);
        var pointKey = await KeyOfAsync(database, gsrn);
        await using var baseline = await StartBaselineAsync(database, pointKey, month);
        var baselineUrl = new Uri(baseline.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/raw");

        // Both warmed up first: straight after start the portal is still compiling (the JIT's second tier settles in
        // about half a minute of load), which measured it at about half its warm rate.
        Wrk.Run(pageUrl, cookie, Warmup, Connections, paths: null);
        Wrk.Run(baselineUrl, null, Warmup, Connections, paths: null);
        // Then alternating rounds (Rounds): the ratio is the median of the rounds' ratios, each of two runs a few seconds apart.
        var runs = Rounds.Alternate(RoundCount, () => Wrk.Run(pageUrl, cookie, Round, Connections, paths: null), () => Wrk.Run(baselineUrl, null, Round, Connections, paths: null));
        if (runs.Sum(r => r.A.Errors + r.B.Errors) > 0)
        {
            throw new InvalidOperationException("wrk saw error responses.");
        }

        Console.WriteLine(ImportBenchmark.Invariant($"Load benchmark: after {Warmup.TotalSeconds:0} s of each (warm), {RoundCount} alternating rounds of wrk -t1 -c{Connections} -d{Round.TotalSeconds:0}s each, medians; {month:yyyy-MM} of a quarter-hour metering point (about 2,900 values, 30 rows)"));
        Console.WriteLine();
        Console.WriteLine("| Page under load | requests/s | p50 | p99 |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine(ImportBenchmark.Invariant($"| Forbruk, month view (logged in, full page) | {Rounds.Median(runs.Select(r => r.A.Rps)):N0} | {Rounds.MedianOf(runs.Select(r => r.A.P50))} | {Rounds.MedianOf(runs.Select(r => r.A.P99))} |"));
        Console.WriteLine(ImportBenchmark.Invariant($"| minimal page, same rows, no logic | {Rounds.Median(runs.Select(r => r.B.Rps)):N0} | {Rounds.MedianOf(runs.Select(r => r.B.P50))} | {Rounds.MedianOf(runs.Select(r => r.B.P99))} |"));
        Console.WriteLine(ImportBenchmark.Invariant($"| ratio Forbruk / minimal (requests/s), median of the rounds' ratios | {Rounds.Median(runs.Select(r => r.A.Rps / r.B.Rps)):0.00} | | |"));
        Console.WriteLine(ImportBenchmark.Invariant($"| the rounds' ratios | {string.Join(" ", runs.Select(r => (r.A.Rps / r.B.Rps).ToString("0.00", CultureInfo.InvariantCulture)))} | | |"));
        return 0;
    }

    /// <summary>Logs in as Kari through the development provider, as a browser would, and finds her quarter-hour metering point.</summary>
    private static async Task<int> KeyOfAsync(string database, string gsrn)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM MeteringPoints WHERE Gsrn = $g";
        command.Parameters.AddWithValue("$g", gsrn);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static async Task<(string Cookie, Uri PageUrl, string Gsrn, DateOnly Month)> LoginAsync(Uri portal)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = true }) { BaseAddress = portal };
        var login = await http.GetAsync("/");
        var form = await login.Content.ReadAsStringAsync();
        var fields = HiddenField().Matches(form).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        fields["username"] = "kari";
        fields["password"] = "demo";
        var action = WebUtility.HtmlDecode(FormAction().Match(form).Groups[1].Value);
        var overview = await http.PostAsync(action, new FormUrlEncodedContent(fields));
        var body = await overview.Content.ReadAsStringAsync();
        if (!body.Contains("Oversikt", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Login failed.");
        }

        var today = BenchDatabase.Today;
        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var point = BenchDatabase.Demo.MeteringPoints.First(p => p.Relationship.CustomerNumber.Value == "10000017");
        var pageUrl = new Uri(portal, string.Create(CultureInfo.InvariantCulture, $"/forbruk?malepunkt={point.MeteringPoint.MeteringPointId.Value}&periode=maned&dato={month:yyyy-MM-dd}"));
        var page = await http.GetStringAsync(pageUrl);
        if (!page.Contains("consumption-table", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The Forbruk page did not answer.");
        }

        return (cookies.GetCookieHeader(portal), pageUrl, point.MeteringPoint.MeteringPointId.Value, month);
    }

    private static async Task<WebApplication> StartBaselineAsync(string database, int pointKey, DateOnly month)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fromUtc = UnixSeconds.From(Domain.Common.OsloTime.ToUtc(month));
        var toUtc = UnixSeconds.From(Domain.Common.OsloTime.ToUtc(month.AddMonths(1)));
        var connectionString = $"Data Source={database};Mode=ReadOnly";
        app.MapGet("/raw", async (HttpContext context) =>
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT StartUtc, QuantityWh FROM MeterValues WHERE MeteringPointKey = $p AND Direction = 1 AND StartUtc >= $s AND StartUtc < $e ORDER BY StartUtc";
            command.Parameters.AddWithValue("$p", pointKey);
            command.Parameters.AddWithValue("$s", fromUtc);
            command.Parameters.AddWithValue("$e", toUtc);
            var days = new long[32];
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    days[(reader.GetInt64(0) - fromUtc) / 86400] += reader.GetInt64(1);
                }
            }

            var html = new StringBuilder("<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\"><title>Forbruk</title></head><body><table>");
            for (var d = 0; d < days.Length; d++)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><th>{d + 1}</th><td>{days[d] / 1000m:0.000}</td></tr>");
            }

            html.Append("</table></body></html>");
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(html.ToString());
        });
        await app.StartAsync();
        return app;
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    internal static partial Regex HiddenField();

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]+)\"")]
    internal static partial Regex FormAction();

}
