using System.Data.Common;
using System.Text;
using BKK.Portal.Application.Consumption;
using BKK.Portal.Application.Prices;
using BKK.Portal.Domain.Prices;

namespace BKK.Portal.Web.Host.Commands;

/// <summary>
/// <c>dotnet run --project src/BKK.Portal.Web -- prices [--omrade NO5] FILE... [settings]</c>: imports day-ahead
/// price files (ENTSO-E's <c>Publication_MarketDocument</c> A44, or a day from hvakosterstrommen.no, whose area
/// comes from <c>--omrade</c> or the file name) into the portal's database. Each file is read whole and written
/// in one transaction: a refused file changes nothing, and is named with the line and the reason.
/// The day sums of the days whose prices changed are then computed again (<see cref="IMeterDaySums"/>).
/// Exit code 0 when every file went in, 1 when some were refused, 2 when the import failed.
/// </summary>
public static class PricesCommand
{
    public static async Task<int> RunAsync(WebApplication app, IReadOnlyList<string> files, PriceArea? area, TextWriter output, CancellationToken cancellationToken)
    {
        var refused = 0;
        foreach (var path in files)
        {
            if (!File.Exists(path))
            {
                await output.WriteLineAsync($"{path}: finner ikke filen.");
                refused++;
                continue;
            }

            await using var scope = app.Services.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<SpotPriceImporter>();
            try
            {
                using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                var summary = await importer.ImportAsync(Path.GetFileName(path), reader, area, cancellationToken);
                await output.WriteLineAsync(string.Create(
                    Languages.Bokmal, $"{path}: {summary.Total:N0} priser. Nye: {summary.Inserted:N0}  Erstattet: {summary.Replaced:N0}  Uendret: {summary.Unchanged:N0}"));
            }
            catch (PriceFileException e)
            {
                await output.WriteLineAsync($"{path}, {e.Location}: avvist, ingenting er lagret. {e.Reason}");
                refused++;
            }
            catch (Exception e) when (e is IOException or DbException or DecoderFallbackException)
            {
                await output.WriteLineAsync($"{path}: importen stoppet ({e.GetType().Name}: {e.Message}); ingenting fra denne filen er lagret.");
                return 2;
            }
        }

        // The day sums of the days whose prices changed, marked by the writer in each file's transaction.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var days = await scope.ServiceProvider.GetRequiredService<IMeterDaySums>().RefreshChangedPricesAsync(cancellationToken);
            await output.WriteLineAsync(string.Create(Languages.Bokmal, $"Dagsummer regnet om med de nye prisene: {days:N0} dager."));
        }

        return refused == 0 ? 0 : 1;
    }
}
