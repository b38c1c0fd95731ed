using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace BKK.Portal.Bench;

/// <summary>
/// The API (issue 20): a month of quarter-hour values of Kari's home through <c>/api/v1</c> with a key, against the
/// Forbruk page's CSV export of the same month with her login, both warmed up, in alternating rounds; then a year of
/// values streamed again and again while the portal's resident memory is sampled.
/// </summary>
internal static partial class ApiBenchmark
{
    private const int Connections = 8;
    private const int Rounds = 3;
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Round = TimeSpan.FromSeconds(15);

    public static async Task<int> RunAsync(Uri portal, int pid)
    {
        var (cookie, forbruk) = await LoadBenchmark.LoginAsKariAsync(portal);
        var gsrn = Query(forbruk, "malepunkt");
        var month = DateOnly.ParseExact(Query(forbruk, "dato"), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var token = await MakeKeyAsync(portal, cookie, gsrn);
        var authorization = "Authorization: Bearer " + token;
        var csv = new Uri(forbruk + "&handler=csv");
        var api = new Uri(portal, Invariant($"/api/v1/metering-points/{gsrn}/values?from={month:yyyy-MM-dd}&to={month.AddMonths(1):yyyy-MM-dd}"));

        Wrk.Run(csv, cookie, Warmup, Connections, paths: null);
        Wrk.Run(api, null, Warmup, Connections, paths: null, authorization);
        var csvRuns = new List<Wrk.Result>();
        var apiRuns = new List<Wrk.Result>();
        for (var r = 0; r < Rounds; r++)
        {
            csvRuns.Add(Wrk.Run(csv, cookie, Round, Connections, paths: null));
            apiRuns.Add(Wrk.Run(api, null, Round, Connections, paths: null, authorization));
        }

        var csvMedian = Median(csvRuns);
        var apiMedian = Median(apiRuns);
        Console.WriteLine(Invariant($"API benchmark: {month:yyyy-MM} of Kari's quarter-hour metering point, wrk -t1 -c{Connections}, {Warmup.TotalSeconds:0} s of each first (warm), then {Rounds} alternating rounds of {Round.TotalSeconds:0} s; medians"));
        Console.WriteLine();
        Console.WriteLine("| A month of quarter-hour values | requests/s | p50 | p99 | errors (all rounds) |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Console.WriteLine(Invariant($"| CSV export on the Forbruk page (login cookie) | {csvMedian.Rps:N0} | {csvMedian.P50} | {csvMedian.P99} | {csvRuns.Sum(r => r.Errors)} |"));
        Console.WriteLine(Invariant($"| API, JSON (key) | {apiMedian.Rps:N0} | {apiMedian.P50} | {apiMedian.P99} | {apiRuns.Sum(r => r.Errors)} |"));
        Console.WriteLine(Invariant($"| ratio API / CSV export | {apiMedian.Rps / csvMedian.Rps:0.00} | | |"));
        Console.WriteLine();
        await YearAsync(portal, pid, gsrn, month, token);
        return 0;
    }

    /// <summary>A year of values, streamed one call after another for half a minute, with the portal's resident set sampled meanwhile.</summary>
    private static async Task YearAsync(Uri portal, int pid, string gsrn, DateOnly month, string token)
    {
        using var http = new HttpClient { BaseAddress = portal, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var year = Invariant($"/api/v1/metering-points/{gsrn}/values?from={month.AddMonths(-11):yyyy-MM-dd}&to={month.AddMonths(1):yyyy-MM-dd}");
        var buffer = new byte[1 << 16];
        async Task<long> ReadAsync()
        {
            using var response = await http.GetAsync(year, HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            await using var body = await response.Content.ReadAsStreamAsync();
            long bytes = 0;
            int read;
            while ((read = await body.ReadAsync(buffer)) > 0)
            {
                bytes += read;
            }

            return bytes;
        }

        var size = await ReadAsync(); // warm
        await Task.Delay(TimeSpan.FromSeconds(3));
        var before = PagesBenchmark.ResidentMegabytes(pid);
        var peak = before;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, PagesBenchmark.ResidentMegabytes(pid));
                await Task.Delay(20);
            }
        });
        var calls = 0;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            await ReadAsync();
            calls++;
        }

        await stop.CancelAsync();
        await sampler;
        var after = PagesBenchmark.ResidentMegabytes(pid);
        Console.WriteLine(Invariant($"A year of quarter-hour values through the API ({size / 1024.0 / 1024:0.0} MB of JSON a call), {calls} calls one after another in 30 s ({watch.Elapsed.TotalMilliseconds / calls:0} ms each):"));
        Console.WriteLine();
        Console.WriteLine("| portal memory (RSS) | MB |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine(Invariant($"| before | {before:N1} |"));
        Console.WriteLine(Invariant($"| highest while streaming | {peak:N1} |"));
        Console.WriteLine(Invariant($"| after | {after:N1} |"));
        Console.WriteLine(Invariant($"| growth (highest − before) | {peak - before:N1} |"));
    }

    /// <summary>Makes a key for the API on Deling av data, logged in as Kari, as she would in a browser.</summary>
    private static async Task<string> MakeKeyAsync(Uri portal, string cookie, string gsrn)
    {
        var cookies = new CookieContainer();
        foreach (var pair in cookie.Split("; ", StringSplitOptions.RemoveEmptyEntries))
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            cookies.Add(portal, new Cookie(pair[..at], pair[(at + 1)..]));
        }

        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = portal };
        var page = await http.GetStringAsync("/deling-av-data");
        var antiforgery = WebUtility.HtmlDecode(Antiforgery().Match(page).Groups[1].Value);
        var answer = await http.PostAsync("/deling-av-data?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery,
            ["Input.Name"] = "Benchmark",
            ["Input.MeteringPoints"] = gsrn,
            ["Input.MeterValues"] = "true",
            ["Input.ExpiresOn"] = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }));
        var token = NewKey().Match(await answer.Content.ReadAsStringAsync()).Groups[1].Value;
        return token.Length > 0 ? token : throw new InvalidOperationException($"No key was made ({answer.StatusCode}).");
    }

    private static Wrk.Result Median(List<Wrk.Result> runs) => runs.OrderBy(r => r.Rps).ElementAt(runs.Count / 2);

    private static string Query(Uri url, string key) =>
        Regex.Match(url.Query, $"[?&]{key}=([^&]+)").Groups[1].Value;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    [GeneratedRegex("value=\"(bkk_[A-Za-z0-9_-]{43})\"")]
    private static partial Regex NewKey();
}
