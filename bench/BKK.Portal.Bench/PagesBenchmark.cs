using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace BKK.Portal.Bench;

/// <summary>
/// The logged-in pages a customer opens most (overview, Forbruk month, Fakturaer) under load with wrk,
/// with the portal process's memory; and a soak: the three pages in turn for many minutes, in
/// half-minute rounds, counting every error and the memory after each round.
/// </summary>
internal static partial class PagesBenchmark
{
    private const int Connections = 8;
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(Uri portal, int pid)
    {
        var (cookie, forbruk) = await LoadBenchmark.LoginAsKariAsync(portal);
        var pages = new (string Name, Uri Url)[] { ("Oversikt", new Uri(portal, "/")), ("Forbruk, month view", forbruk), ("Fakturaer", new Uri(portal, "/fakturaer")) };
        Console.WriteLine(ImportBenchmark.Invariant($"Pages under load: wrk -t1 -c{Connections} -d20s each, logged in as Kari, after {Warmup.TotalSeconds:0} s of the three pages in turn (warm); memory is the portal's resident set after each run"));
        Console.WriteLine();
        // Straight after its start the portal is still compiling (the JIT's second tier): a minute of load first.
        Wrk.Run(new Uri(portal, "/"), cookie, Warmup, Connections, pages.Select(p => p.Url.PathAndQuery).ToArray());
        Console.WriteLine("| Page | requests/s | p50 | p99 | errors | portal memory (RSS) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, url) in pages)
        {
            var run = Wrk.Run(url, cookie, TimeSpan.FromSeconds(20), Connections, paths: null);
            Console.WriteLine(ImportBenchmark.Invariant($"| {name} | {run.Rps:N0} | {run.P50} | {run.P99} | {run.Errors} | {ResidentMegabytes(pid):N0} MB |"));
        }

        return 0;
    }

    public static async Task<int> SoakAsync(Uri portal, int pid, TimeSpan duration)
    {
        var (cookie, forbruk) = await LoadBenchmark.LoginAsKariAsync(portal);
        string[] paths = ["/", forbruk.PathAndQuery, "/fakturaer"];
        var round = TimeSpan.FromSeconds(30);
        var rounds = (int)Math.Ceiling(duration / round);
        Console.WriteLine(ImportBenchmark.Invariant($"Soak: wrk -t1 -c{Connections}, overview, Forbruk month and Fakturaer in turn, logged in as Kari; {rounds} rounds of {round.TotalSeconds:0} s ({rounds * round.TotalMinutes:0.#} minutes)"));
        Console.WriteLine();
        Console.WriteLine("| minute | requests/s | p50 | p99 | errors | portal memory (RSS) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        var memory = new List<double>();
        long errors = 0;
        for (var r = 1; r <= rounds; r++)
        {
            var run = Wrk.Run(new Uri(portal, "/"), cookie, round, Connections, paths);
            errors += run.Errors;
            memory.Add(ResidentMegabytes(pid));
            Console.WriteLine(ImportBenchmark.Invariant($"| {r * round.TotalMinutes:0.0} | {run.Rps:N0} | {run.P50} | {run.P99} | {run.Errors} | {memory[^1]:N0} MB |"));
        }

        var third = Math.Max(1, rounds / 3);
        var middle = memory.Skip(third).Take(third).DefaultIfEmpty(memory[0]).Max();
        var last = memory.TakeLast(third).Max();
        Console.WriteLine();
        Console.WriteLine(ImportBenchmark.Invariant($"Errors: {errors}. Memory: highest {middle:N0} MB in the middle third, {last:N0} MB in the last third ({(last - middle) / middle:+0.0%;-0.0%})."));
        return errors == 0 ? 0 : 1;
    }

    /// <summary>The resident set of a process in MB, from /proc (Linux).</summary>
    internal static double ResidentMegabytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return double.Parse(Regex.Match(line, @"\d+").Value, CultureInfo.InvariantCulture) / 1024;
    }
}

/// <summary>One wrk run and what it printed.</summary>
internal static partial class Wrk
{
    public sealed record Result(double Rps, string P50, string P99, long Errors);

    /// <summary>
    /// Runs wrk; every response that is not a 200 counts as an error (a redirect to the login too, which wrk's
    /// own "Non-2xx or 3xx" line would not count), as do socket errors. With <paramref name="paths"/> the
    /// requests go to them in turn.
    /// </summary>
    public static Result Run(Uri url, string? cookie, TimeSpan duration, int connections, string[]? paths, string? header = null)
    {
        var script = Path.Combine(Path.GetTempPath(), $"wrk-{Guid.NewGuid():N}.lua");
        var rotation = paths is null ? string.Empty : $$"""
            local paths = { {{string.Join(", ", paths.Select(p => "\"" + p + "\""))}} }
            local i = 0
            request = function()
              i = i + 1
              return wrk.format("GET", paths[(i % #paths) + 1])
            end
            """;
        File.WriteAllText(script, rotation + """

            local threads = {}
            setup = function(thread) table.insert(threads, thread) end
            init = function() notok = 0 end
            response = function(status) if status ~= 200 then notok = notok + 1 end end
            done = function()
              local n = 0
              for _, t in ipairs(threads) do n = n + t:get("notok") end
              io.write("Not 200: " .. n .. "\n")
            end
            """);
        try
        {
            var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true };
            foreach (var arg in new[] { "-t1", $"-c{connections}", $"-d{(int)duration.TotalSeconds}s", "--latency", "-s", script })
            {
                start.ArgumentList.Add(arg);
            }

            if (cookie is not null)
            {
                start.ArgumentList.Add("-H");
                start.ArgumentList.Add("Cookie: " + cookie);
            }

            if (header is not null)
            {
                start.ArgumentList.Add("-H");
                start.ArgumentList.Add(header);
            }

            start.ArgumentList.Add(url.ToString());
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var errors = long.Parse(NotOk().Match(output).Groups[1].Value, CultureInfo.InvariantCulture)
                + SocketErrors().Matches(output).Sum(m => m.Groups.Cast<Group>().Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture)));
            var rps = double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
            return new Result(rps, Percentile(output, "50%"), Percentile(output, "99%"), errors);
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static string Percentile(string output, string label) =>
        Regex.Match(output, $@"^\s*{Regex.Escape(label)}\s+(\S+)", RegexOptions.Multiline).Groups[1].Value;

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"Not 200: (\d+)")]
    private static partial Regex NotOk();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}
