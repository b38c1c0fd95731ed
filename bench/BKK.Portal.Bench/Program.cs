using BKK.Portal.Bench;

// dotnet BKK.Portal.Bench.dll import | year | load URL DBFILE
return args switch
{
    ["import", ..] => await ImportBenchmark.RunAsync(),
    ["year", ..] => await YearBenchmark.RunAsync(),
    ["load", var url, var database, ..] => await LoadBenchmark.RunAsync(new Uri(url), database),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: BKK.Portal.Bench import | year | load URL DBFILE   (bench/run.sh runs them all)");
    return 2;
}
