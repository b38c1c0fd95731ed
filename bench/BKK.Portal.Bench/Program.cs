using BKK.Portal.Bench;

// dotnet BKK.Portal.Bench.dll import | prices | year | load URL DBFILE | pages URL PID | soak URL PID MINUTES
return args switch
{
    ["import", ..] => await ImportBenchmark.RunAsync(),
    ["prices", ..] => await PriceImportBenchmark.RunAsync(),
    ["year", ..] => await YearBenchmark.RunAsync(),
    ["load", var url, var database, ..] => await LoadBenchmark.RunAsync(new Uri(url), database),
    ["pages", var url, var pid, ..] => await PagesBenchmark.RunAsync(new Uri(url), int.Parse(pid, System.Globalization.CultureInfo.InvariantCulture)),
    ["soak", var url, var pid, var minutes, ..] => await PagesBenchmark.SoakAsync(new Uri(url), int.Parse(pid, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromMinutes(double.Parse(minutes, System.Globalization.CultureInfo.InvariantCulture))),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: BKK.Portal.Bench import | prices | year | load URL DBFILE | pages URL PID | soak URL PID MINUTES   (bench/run.sh runs them)");
    return 2;
}
