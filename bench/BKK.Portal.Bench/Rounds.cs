using System.Globalization;

namespace BKK.Portal.Bench;

/// <summary>
/// Two sides measured in alternating rounds, with which side goes first alternating too, and their medians: this
/// machine's speed drifts by a fifth within minutes, and measured one after the other the two sides would each get a
/// different machine.
/// </summary>
internal static class Rounds
{
    public static List<(Wrk.Result A, Wrk.Result B)> Alternate(int rounds, Func<Wrk.Result> a, Func<Wrk.Result> b)
    {
        var runs = new List<(Wrk.Result, Wrk.Result)>(rounds);
        for (var round = 0; round < rounds; round++)
        {
            var first = round % 2 == 0 ? a() : null;
            var second = b();
            runs.Add((first ?? a(), second));
        }

        return runs;
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>The middle of wrk's latency texts ("12.3ms", "1.02s"), by their value.</summary>
    public static string MedianOf(IEnumerable<string> latencies)
    {
        var sorted = latencies.OrderBy(Milliseconds).ToArray();
        return sorted[sorted.Length / 2];
    }

    private static double Milliseconds(string latency) =>
        latency.EndsWith("us", StringComparison.Ordinal) ? double.Parse(latency[..^2], CultureInfo.InvariantCulture) / 1000
        : latency.EndsWith("ms", StringComparison.Ordinal) ? double.Parse(latency[..^2], CultureInfo.InvariantCulture)
        : double.Parse(latency[..^1], CultureInfo.InvariantCulture) * 1000;
}
