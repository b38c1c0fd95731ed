using System.Data.Common;
using System.Diagnostics;
using System.Text;
using BKK.Portal.Application.Consumption;

namespace BKK.Portal.Web.Host.Commands;

/// <summary>
/// <c>dotnet run --project src/BKK.Portal.Web -- import FILE [--Database:ConnectionString=...]</c>:
/// imports a meter value file into the portal's database with the portal's own configuration,
/// shows progress on long files and ends with a summary and the rejected lines.
/// Exit code 0 when every line went in, 1 when some were rejected, 2 when the import failed.
/// </summary>
public static class ImportCommand
{
    public static async Task<int> RunAsync(WebApplication app, string path, TextWriter output, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            await output.WriteLineAsync($"Finner ikke filen {path}.");
            return 2;
        }

        var stopwatch = Stopwatch.StartNew();
        await using var scope = app.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<MeterValueImporter>();
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16 });
        var progress = new SynchronousProgress(p => output.WriteLine(p.Phase == ImportProgress.Reading
            ? Norwegian($"  {p.Done:N0} linjer lest …")
            : Norwegian($"  {p.Done:N0} av {p.Total:N0} verdier skrevet ({100.0 * p.Done / Math.Max(1, p.Total):0} %) …")));

        ImportSummary summary;
        try
        {
            summary = await importer.ImportAsync(reader, progress, cancellationToken);
        }
        catch (Exception e) when (e is IOException or DbException or InvalidOperationException or DecoderFallbackException)
        {
            // Whole days already committed stay; running the same file again finishes the job.
            await output.WriteLineAsync($"Importen stoppet: {e.Message} Dager som var ferdig skrevet er lagret; kjør den samme filen på nytt.");
            return 2;
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;

        await output.WriteLineAsync(Norwegian($"Lest: {summary.Read:N0}  Satt inn: {summary.Inserted:N0}  Erstattet: {summary.Replaced:N0}  Uendret: {summary.Unchanged:N0}  Fjernet: {summary.Removed:N0}  Avvist: {summary.Rejected:N0}  ({seconds:0.0} s, {summary.Read / Math.Max(seconds, 0.001):N0} verdier/s)"));
        foreach (var rejection in summary.Rejections.Take(1000))
        {
            await output.WriteLineAsync(Norwegian($"  linje {rejection.LineNumber}: {rejection.Reason}"));
        }

        if (summary.Rejected > 1000)
        {
            await output.WriteLineAsync(Norwegian($"  … og {summary.Rejected - 1000:N0} avviste linjer til."));
        }

        return summary.Rejected == 0 ? 0 : 1;
    }

    private static string Norwegian(FormattableString text) => text.ToString(Languages.Bokmal);

    /// <summary>Reports on the importer's thread, so lines come out in order.</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
