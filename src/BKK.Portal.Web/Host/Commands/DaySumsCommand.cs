using BKK.Portal.Application.Consumption;

namespace BKK.Portal.Web.Host.Commands;

/// <summary>
/// <c>dotnet run --project src/BKK.Portal.Web -- daysums [settings]</c>: computes every series' day sums again from its
/// values and the stored prices (<see cref="IMeterDaySums.RebuildAsync"/>). Needed after a metering point's price area or
/// the strømstøtte threshold changed; until then the months concerned are billed from their values (slower, same figures).
/// Exit code 0.
/// </summary>
public static class DaySumsCommand
{
    public static async Task<int> RunAsync(WebApplication app, TextWriter output, CancellationToken cancellationToken)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var days = await scope.ServiceProvider.GetRequiredService<IMeterDaySums>().RebuildAsync(cancellationToken);
        await output.WriteLineAsync(string.Create(Languages.Bokmal, $"Dagsummer regnet ut på nytt: {days:N0} dager."));
        return 0;
    }
}
