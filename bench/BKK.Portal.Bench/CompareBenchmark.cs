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
    private const int RoundCount = 4;
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
            $"Compare: {revision} (before) and this checkout (after), logged in as Kari; each warmed up {Warmup.TotalSeconds:0} s on the three pages in turn, then {RoundCount} rounds of wrk -t1 -c{Connections} -d{Round.TotalSeconds:0}s per page and portal, alternating; medians"));
        Console.WriteLine();
        Wrk.Run(before, beforeCookie, Warmup, Connections, pages.Select(p => p.Before).ToArray());
        Wrk.Run(after, afterCookie, Warmup, Connections, pages.Select(p => p.After).ToArray());

        Console.WriteLine("| Page | before: requests/s | p99 | after: requests/s | p99 | after / before | errors before / after |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        var failed = false;
        foreach (var page in pages)
        {
            var runs = Rounds.Alternate(
                RoundCount,
                () => Wrk.Run(new Uri(before, page.Before), beforeCookie, Round, Connections, paths: null),
                () => Wrk.Run(new Uri(after, page.After), afterCookie, Round, Connections, paths: null))
                .Select(r => (Before: r.A, After: r.B)).ToList();

            var beforeRps = Rounds.Median(runs.Select(r => r.Before.Rps));
            var afterRps = Rounds.Median(runs.Select(r => r.After.Rps));
            var (beforeErrors, afterErrors) = (runs.Sum(r => r.Before.Errors), runs.Sum(r => r.After.Errors));
            failed |= beforeErrors + afterErrors > 0;
            Console.WriteLine(ImportBenchmark.Invariant(
                $"| {page.Name} | {beforeRps:N0} | {Rounds.MedianOf(runs.Select(r => r.Before.P99))} | {afterRps:N0} | {Rounds.MedianOf(runs.Select(r => r.After.P99))} | {afterRps / beforeRps:0.00} | {beforeErrors} / {afterErrors} |"));
        }

        return failed ? 1 : 0;
    }
}
