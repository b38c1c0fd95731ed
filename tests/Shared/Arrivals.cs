using System.Diagnostics;

namespace BKK.Portal.Tests.Shared;

/// <summary>What a gateway that counts its requests measures: the most that arrived within any one second (a sliding window).</summary>
public static class Arrivals
{
    /// <param name="timestamps"><see cref="Stopwatch.GetTimestamp"/> of each arrival, in any order.</param>
    public static int MostInOneSecond(IEnumerable<long> timestamps)
    {
        var times = timestamps.Order().ToArray();
        var most = 0;
        for (int first = 0, last = 0; last < times.Length; last++)
        {
            while (Stopwatch.GetElapsedTime(times[first], times[last]) >= TimeSpan.FromSeconds(1))
            {
                first++;
            }

            most = Math.Max(most, last - first + 1);
        }

        return most;
    }
}
