using BKK.Portal.Bench;

// dotnet BKK.Portal.Bench.dll import | prices | year | load URL DBFILE | pages URL PID | soak URL PID MINUTES | compare REV URL_BEFORE URL_AFTER | cookie URL | forbruk URL | chat URL [SECONDS] | notify | api URL PID | scale DBFILE [POINTS]
return args switch
{
    ["import", ..] => await ImportBenchmark.RunAsync(),
    ["prices", ..] => await PriceImportBenchmark.RunAsync(),
    ["year", ..] => await YearBenchmark.RunAsync(),
    ["load", var url, var database, ..] => await LoadBenchmark.RunAsync(new Uri(url), database),
    ["pages", var url, var pid, ..] => await PagesBenchmark.RunAsync(new Uri(url), int.Parse(pid, System.Globalization.CultureInfo.InvariantCulture)),
    ["compare", var revision, var before, var after, ..] => await CompareBenchmark.RunAsync(revision, new Uri(before), new Uri(after)),
    ["cookie", var url, ..] => await PrintCookieAsync(new Uri(url)),
    ["forbruk", var url, ..] => await PrintForbrukAsync(new Uri(url)),
    ["notify", ..] => await NotifyBenchmark.RunAsync(),
    ["api", var url, var pid, ..] => await ApiBenchmark.RunAsync(new Uri(url), int.Parse(pid, System.Globalization.CultureInfo.InvariantCulture)),
    ["scale", var database, ..] => await ScaleBenchmark.RunAsync(database, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1000),
    ["chat", var url, ..] => await ChatBenchmark.RunAsync(new Uri(url), args.Length > 2 ? TimeSpan.FromSeconds(double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture)) : null),
    ["soak", var url, var pid, var minutes, ..] => await PagesBenchmark.SoakAsync(new Uri(url), int.Parse(pid, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromMinutes(double.Parse(minutes, System.Globalization.CultureInfo.InvariantCulture))),
    _ => Usage(),
};

// For a profile by hand (docs/performance.md): the login cookie of Kari for wrk's -H "Cookie: ...".
static async Task<int> PrintCookieAsync(Uri portal)
{
    Console.WriteLine((await LoadBenchmark.LoginAsKariAsync(portal)).Cookie);
    return 0;
}

// For bench/profile.sh forbruk: the path of the Forbruk month view the load benchmark measures.
static async Task<int> PrintForbrukAsync(Uri portal)
{
    Console.WriteLine((await LoadBenchmark.LoginAsKariAsync(portal)).Forbruk.PathAndQuery);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("Usage: BKK.Portal.Bench import | prices | year | load URL DBFILE | pages URL PID | soak URL PID MINUTES | compare REV URL_BEFORE URL_AFTER | cookie URL | forbruk URL | chat URL [SECONDS] | notify | api URL PID | scale DBFILE [POINTS]   (bench/run.sh runs them)");
    return 2;
}
