using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using BKK.Portal.Application.Notices;
using BKK.Portal.Application.Notifications;
using BKK.Portal.Domain.Access;
using BKK.Portal.Domain.Customers;
using BKK.Portal.Domain.Meters;
using BKK.Portal.Domain.Notices;
using BKK.Portal.Infrastructure.Notifications;
using BKK.Portal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static System.FormattableString;

namespace BKK.Portal.Bench;

/// <summary>
/// The two numbers for messages (docs/performance.md): an outage notice over <see cref="Points"/> metering
/// points (one grid station, an owner with a mobile number each) has all its messages in the outbox within 5 s of
/// the save; and the dispatcher keeps up with a gateway limit of 100 SMS a second without exceeding it (a local
/// gateway that counts the requests of every second, <see cref="DispatchSeconds"/> of sending).
/// </summary>
public static class NotifyBenchmark
{
    public const int Points = 50_000;
    public const int GatewayLimit = 100;
    public const int DispatchSeconds = 30;

    public static async Task<int> RunAsync()
    {
        var folder = BenchDatabase.NewFolder("notify");
        var file = Path.Combine(folder, "portal.db");
        await using (var db = BenchDatabase.Open(file))
        {
            await db.Database.MigrateAsync();
        }

        Console.Error.WriteLine(Invariant($"Making {Points:N0} customers on one grid station …"));
        var seeding = Stopwatch.StartNew();
        await SeedAsync(file);
        Console.Error.WriteLine(Invariant($"  seeded in {seeding.Elapsed.TotalSeconds:0} s"));

        var clock = TimeProvider.System;
        var options = Options.Create(new NotificationOptions { PublicBaseUrl = "https://minside.bkk.no", Concurrency = 8, BatchSize = 500 });
        var links = new DataProtectionUnsubscribeLinks(new EphemeralDataProtectionProvider(), clock, options);

        // 1. The notice saved with its messages.
        var fanOut = new List<double>();
        int written = 0;
        for (var run = 0; run < 3; run++)
        {
            await using var db = Open(file);
            var notice = new OperationalNotice(
                NoticeKind.Outage, DateTime.UtcNow, DateTime.UtcNow.AddHours(3), "Feil i høyspentnettet.", "Feil i høgspentnettet.", "A fault in the high-voltage grid.",
                [new NoticeArea(NoticeAreaType.GridStation, "NS-BENCH")], "bench", DateTime.UtcNow);
            var watch = Stopwatch.StartNew();
            written = await new NoticeMessages(db, new NotificationRecipients(db), new MessageComposer(db, links, clock, options), new OutboxWriter(db))
                .SaveAsync(notice, isNew: true, closed: false, CancellationToken.None);
            fanOut.Add(watch.Elapsed.TotalSeconds);
            Console.Error.WriteLine(Invariant($"  notice {run + 1}: {written:N0} messages in {watch.Elapsed.TotalSeconds:0.00} s"));
        }

        await using (var db = Open(file))
        {
            var counted = await db.OutboxMessages.CountAsync();
            Console.WriteLine(Invariant($"Notice fan-out: {Points:N0} metering points on one grid station, {written:N0} messages per notice ({counted:N0} in the outbox after 3 notices)"));
        }

        Console.WriteLine();
        Console.WriteLine("| An outage notice to 50,000 metering points | seconds from the save's start to its commit |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine(Invariant($"| best of 3 | {fanOut.Min():0.00} |"));
        Console.WriteLine(Invariant($"| worst of 3 | {fanOut.Max():0.00} |"));

        // 2. The dispatcher against a gateway that counts every second.
        await using var gateway = await Gateway.StartAsync();
        var services = new ServiceCollection();
        services.AddHttpClient(nameof(HttpSmsChannel), c => c.Timeout = Timeout.InfiniteTimeSpan);
        await using var provider = services.BuildServiceProvider();
        var sms = new HttpSmsChannel(provider.GetRequiredService<IHttpClientFactory>(), Options.Create(new SmsGatewayOptions { Endpoint = gateway.Endpoint.ToString(), PerSecond = GatewayLimit, ApiKey = "bench", Username = "bench" }));
        using var pacers = new OutboxPacers(clock);
        await using (var db = Open(file))
        {
            // Only the first notice's messages are due; the rest wait (so the run is of a fixed length).
            var first = await db.OutboxMessages.OrderBy(m => m.Id).Skip(GatewayLimit * DispatchSeconds).Select(m => m.Id).FirstAsync();
            await db.OutboxMessages.Where(m => m.Id >= first).ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptUtc, DateTime.UtcNow.AddDays(1)));
        }

        var dispatchWatch = Stopwatch.StartNew();
        await using (var db = Open(file))
        {
            var dispatcher = new OutboxDispatcher(db, [sms], pacers, clock, options, NullLogger<OutboxDispatcher>.Instance);
            await dispatcher.RunAsync(CancellationToken.None);
        }

        var seconds = dispatchWatch.Elapsed.TotalSeconds;
        var perSecond = gateway.PerSecond();
        Console.WriteLine();
        Console.WriteLine(Invariant($"Dispatch: {gateway.Requests:N0} SMS to a gateway with a limit of {GatewayLimit}/s, paced by the dispatcher"));
        Console.WriteLine();
        Console.WriteLine("| Dispatch against a 100 SMS/s gateway | |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine(Invariant($"| SMS sent and recorded | {gateway.Requests:N0} in {seconds:0.0} s |"));
        Console.WriteLine(Invariant($"| mean rate | {gateway.Requests / seconds:0.0} /s |"));
        Console.WriteLine(Invariant($"| most in any one second at the gateway | {gateway.MostInOneSecond()} |"));
        Console.WriteLine(Invariant($"| seconds over the limit | {perSecond.Count(n => n > GatewayLimit)} |"));
        return gateway.MostInOneSecond() <= GatewayLimit && fanOut.Max() < 5 ? 0 : 1;
    }

    private static PortalDbContext Open(string file) =>
        new(new DbContextOptionsBuilder<PortalDbContext>()
            .UseSqlite($"Data Source={file}", o => o.MigrationsAssembly(PortalDbContextConfigurator.SqliteMigrationsAssembly))
            .AddInterceptors(KeepSqliteConnectionOpen.Instance)
            .Options);

    /// <summary>Customers with an owner each (synthetic identity numbers), one metering point each, all on NS-BENCH.</summary>
    private static async Task SeedAsync(string file)
    {
        var numbers = CustomerNumbers().GetEnumerator();
        var identities = IdentityNumbers().GetEnumerator();
        for (var chunk = 0; chunk < Points; chunk += 10_000)
        {
            await using var db = Open(file);
            for (var i = chunk; i < Math.Min(Points, chunk + 10_000); i++)
            {
                numbers.MoveNext();
                identities.MoveNext();
                var person = new Person($"bench-{i}", $"Kunde {i}", identities.Current, new ContactData($"Benkveien {i}", "5099", "Bergen", $"+479{i:0000000}", $"kunde{i}@example.no"));
                var relationship = new CustomerRelationship(numbers.Current, $"Kunde {i}", CustomerType.Private, TariffType.Household, new DateOnly(2020, 1, 1));
                relationship.AddMeteringPoint(new MeteringPoint(
                    MeteringPointId.FromFirst17(Invariant($"70705759{i:000000000}")), Invariant($"BENCH{i:000000}"), InstallationType.Home, MeterType.AmsThreePhase,
                    new InstallationAddress($"Benkveien {i}", "5099", "Bergen"), MeterResolution.QuarterHour, new DateOnly(2020, 1, 1), gridStation: "NS-BENCH"));
                db.People.Add(person);
                db.CustomerRelationships.Add(relationship);
                db.AccessGrants.Add(new AccessGrant(person, relationship, AccessLevel.Owner, DateTimeOffset.UtcNow));
            }

            await db.SaveChangesAsync();
        }
    }

    private static IEnumerable<CustomerNumber> CustomerNumbers()
    {
        for (var n = 30_000_000; ; n++)
        {
            if (CustomerNumber.Parse(n.ToString(System.Globalization.CultureInfo.InvariantCulture)).Value is { } number)
            {
                yield return number;
            }
        }
    }

    private static IEnumerable<NationalIdentityNumber> IdentityNumbers()
    {
        for (var day = new DateOnly(1940, 1, 1); ; day = day.AddDays(1))
        {
            for (var individual = 100; individual < 500; individual++)
            {
                if (NationalIdentityNumber.Compose(day, individual, synthetic: true) is { } number)
                {
                    yield return number;
                }
            }
        }
    }

    /// <summary>A gateway on a loopback port that accepts every SMS and counts the requests of each second.</summary>
    private sealed class Gateway : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly ConcurrentQueue<long> _arrivals = new();

        private Gateway(WebApplication app, Uri endpoint) => (_app, Endpoint) = (app, endpoint);

        public Uri Endpoint { get; }

        public int Requests => _arrivals.Count;

        public static async Task<Gateway> StartAsync()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            var gateway = new Gateway(app, new Uri($"http://127.0.0.1:{port}/sms/send"));
            app.MapPost("/sms/send", (Delegate)(() =>
            {
                gateway._arrivals.Enqueue(Stopwatch.GetTimestamp());
                return Results.Json(new { messageId = Guid.NewGuid().ToString("N"), resultCode = 1005, description = "Queued" });
            }));
            await app.StartAsync();
            return gateway;
        }

        /// <summary>Requests per whole second from the first.</summary>
        public int[] PerSecond()
        {
            var times = _arrivals.Order().ToArray();
            return times.Length == 0 ? [] : times.GroupBy(t => (int)Stopwatch.GetElapsedTime(times[0], t).TotalSeconds).Select(g => g.Count()).ToArray();
        }

        /// <summary>The most requests within any one second (a sliding window).</summary>
        public int MostInOneSecond() => BKK.Portal.Tests.Shared.Arrivals.MostInOneSecond(_arrivals);

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
