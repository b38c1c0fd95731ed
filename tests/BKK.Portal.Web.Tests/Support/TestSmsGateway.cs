using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BKK.Portal.Web.Tests.Support;

/// <summary>
/// A local HTTP server standing in for the SMS gateway (the request and answer of ADR 0027). It counts the requests
/// per idempotency key (<c>refId</c>), "delivers" a key once (a repeat gets the first answer, as the gateway
/// promises), records when each request arrived, and can be told to answer 500 or to hang.
/// </summary>
public sealed class TestSmsGateway : IAsyncDisposable
{
    public const string ApiKey = "test-key";
    public const string Username = "bkk";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _requests = new();
    private readonly ConcurrentDictionary<string, Delivered> _delivered = new();
    private readonly ConcurrentQueue<long> _arrivals = new();

    private TestSmsGateway(WebApplication app, int port)
    {
        _app = app;
        Endpoint = new Uri($"http://127.0.0.1:{port}/sms/send");
    }

    public enum Behaviour
    {
        Accept,
        Fail500,
        Hang,
    }

    public Uri Endpoint { get; }

    public Behaviour Mode { get; set; } = Behaviour.Accept;

    /// <summary>How long an accepted request takes (a slow gateway keeps a batch in flight long enough to kill it).</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>Requests per key, repeats included.</summary>
    public IReadOnlyDictionary<string, int> Requests => _requests;

    /// <summary>The messages delivered to a phone: one per key.</summary>
    public IReadOnlyDictionary<string, Delivered> DeliveredMessages => _delivered;

    public int TotalRequests => _requests.Values.Sum();

    /// <summary>The settings that point the portal at this gateway.</summary>
    public IEnumerable<string> Settings(int perSecond = 100) =>
    [
        $"--Sms:Endpoint={Endpoint}", $"--Sms:Username={Username}", $"--Sms:ApiKey={ApiKey}", $"--Sms:PerSecond={perSecond}",
    ];

    public static async Task<TestSmsGateway> StartAsync()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var gateway = new TestSmsGateway(app, port);
        app.MapPost("/sms/send", (Delegate)gateway.HandleAsync);
        await app.StartAsync();
        return gateway;
    }

    /// <summary>The most requests that arrived within any one second.</summary>
    public int MostInOneSecond() => Arrivals.MostInOneSecond(_arrivals);

    /// <summary>The arrivals in milliseconds from the first, for a message that shows the pattern.</summary>
    public string Timeline()
    {
        var times = _arrivals.Order().ToArray();
        return string.Join(" ", times.Select(t => ((int)System.Diagnostics.Stopwatch.GetElapsedTime(times[0], t).TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        _arrivals.Enqueue(Stopwatch.GetTimestamp());
        var expected = "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{Username}:{ApiKey}"));
        if (context.Request.Headers.Authorization != expected)
        {
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var key = body.RootElement.GetProperty("refId").GetString()!;
        var destination = body.RootElement.GetProperty("destination").GetString()!;
        var text = body.RootElement.GetProperty("userData").GetString()!;
        _requests.AddOrUpdate(key, 1, (_, n) => n + 1);
        switch (Mode)
        {
            case Behaviour.Fail500:
                return Results.StatusCode(StatusCodes.Status500InternalServerError);
            case Behaviour.Hang:
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, CancellationToken.None);
                return Results.StatusCode(StatusCodes.Status504GatewayTimeout);
        }

        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, context.RequestAborted);
        }

        var delivered = _delivered.GetOrAdd(key, _ => new Delivered(Guid.NewGuid().ToString("N"), destination, text));
        return Results.Json(new { messageId = delivered.MessageId, resultCode = 1005, description = "Queued" });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public sealed record Delivered(string MessageId, string Destination, string Text);
}
