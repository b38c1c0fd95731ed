namespace BKK.Portal.Bench;

/// <summary>
/// The logged-in pages of two portals (a commit before a change and this checkout) under the same load, in
/// alternating rounds: both warmed up first (the JIT's second tier and the caches settle in about a minute), then
/// each page in turn on one and then the other, several times, and the median of each side. The machine's speed
/// drifts by a third within minutes, so two runs minutes apart do not give a ratio; alternating rounds do.
/// </summary>
internal static class CompareBenchmark
{
    private const int Connections = 8;
    private const int Rounds = 4;
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Round = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(string revision, Uri before, Uri after)
    {
        var (beforeCookie, beforeForbruk) = await LoadBenchmark.LoginAsKariAsync(before);
        var (afterCookie, afterForbruk) = await LoadBenchmark.LoginAsKariAsync(after);
        var pages = new (string Name, string Before, string After)[]
        {
            ("Oversikt (`/`)", "/", "/"),
            ("Forbruk, month view", beforeForbruk.PathAndQuery, afterForbruk.PathAndQuery),
            ("Fakturaer", "/fakturaer", "/fakturaer"),
        };
        Console.WriteLine(ImportBenchmark.Invariant(
            $"Compare: {revision} (before) and this checkout (after), logged in as Kari; each warmed up {Warmup.TotalSeconds:0} s on the three pages in turn, then {Rounds} rounds of wrk -t1 -c{Connections} -d{Round.TotalSeconds:0}s per page and portal, alternating; medians"));
        Console.WriteLine();
        Wrk.Run(before, beforeCookie, Warmup, Connections, pages.Select(p => p.Before).ToArray());
        Wrk.Run(after, afterCookie, Warmup, Connections, pages.Select(p => p.After).ToArray());

        Console.WriteLine("| Page | before: requests/s | p99 | after: requests/s | p99 | after / before | errors before / after |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        var failed = false;
        foreach (var page in pages)
        {
            var runs = new List<(Wrk.Result Before, Wrk.Result After)>();
            for (var round = 0; round < Rounds; round++)
            {
                // Which side goes first alternates too, so neither always gets the machine after a pause.
                var first = round % 2 == 0;
                var a = first ? Wrk.Run(new Uri(before, page.Before), beforeCookie, Round, Connections, paths: null) : null;
                var b = Wrk.Run(new Uri(after, page.After), afterCookie, Round, Connections, paths: null);
                a ??= Wrk.Run(new Uri(before, page.Before), beforeCookie, Round, Connections, paths: null);
                runs.Add((a, b));
            }

            var beforeRps = Median(runs.Select(r => r.Before.Rps));
            var afterRps = Median(runs.Select(r => r.After.Rps));
            var (beforeErrors, afterErrors) = (runs.Sum(r => r.Before.Errors), runs.Sum(r => r.After.Errors));
            failed |= beforeErrors + afterErrors > 0;
            Console.WriteLine(ImportBenchmark.Invariant(
                $"| {page.Name} | {beforeRps:N0} | {MedianOf(runs.Select(r => r.Before.P99))} | {afterRps:N0} | {MedianOf(runs.Select(r => r.After.P99))} | {afterRps / beforeRps:0.00} | {beforeErrors} / {afterErrors} |"));
        }

        return failed ? 1 : 0;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>The middle of wrk's latency texts ("12.3ms", "1.02s"), by their value.</summary>
    private static string MedianOf(IEnumerable<string> latencies)
    {
        var sorted = latencies.OrderBy(Milliseconds).ToArray();
        return sorted[sorted.Length / 2];
    }

    private static double Milliseconds(string latency) =>
        latency.EndsWith("us", StringComparison.Ordinal) ? double.Parse(latency[..^2], System.Globalization.CultureInfo.InvariantCulture) / 1000
        : latency.EndsWith("ms", StringComparison.Ordinal) ? double.Parse(latency[..^2], System.Globalization.CultureInfo.InvariantCulture)
        : double.Parse(latency[..^1], System.Globalization.CultureInfo.InvariantCulture) * 1000;
}
