using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace BKK.Portal.Bench;

/// <summary>
/// The live chat under load on one instance: <see cref="Chats"/> visitors each start a chat on /chat (as a browser does,
/// form and antiforgery token), join the hub and send one message a second for <see cref="Duration"/>; customer service
/// (four connections of one staff member) has taken every chat and receives them. Each message carries the time it
/// was sent; the latency is from the customer's send to the staff member's receipt. A message sent and never
/// received is lost.
/// </summary>
public static partial class ChatBenchmark
{
    public const int Chats = 200;

    private const int StaffConnections = 4;

    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(2);

    public static async Task<int> RunAsync(Uri portal, TimeSpan? duration = null)
    {
        var runFor = duration ?? Duration;
        var hub = new Uri(portal, "/hub/chat");
        var staffCookie = await LoginCookieAsync(portal, "kundeservice1");

        Console.Error.WriteLine($"Starting {Chats} chats …");
        var keys = new string[Chats];
        using (var gate = new SemaphoreSlim(8))
        {
            await Task.WhenAll(Enumerable.Range(0, Chats).Select(async i =>
            {
                await gate.WaitAsync();
                try
                {
                    keys[i] = await StartChatAsync(portal, i);
                }
                finally
                {
                    gate.Release();
                }
            }));
        }

        var received = new ConcurrentDictionary<string, double>();
        var staff = new List<HubConnection>();
        for (var s = 0; s < StaffConnections; s++)
        {
            var connection = Connect(hub, staffCookie);
            connection.On<long, Line>("Message", (_, line) =>
            {
                var parts = line.Text.Split(' ');
                if (line.FromCustomer && parts.Length == 4 && long.TryParse(parts[3], CultureInfo.InvariantCulture, out var sentAt))
                {
                    received.TryAdd($"{parts[1]}/{parts[2]}", Stopwatch.GetElapsedTime(sentAt).TotalMilliseconds);
                }
            });
            await connection.StartAsync();
            staff.Add(connection);
        }

        var customers = new HubConnection[Chats];
        var chatIds = new long[Chats];
        for (var i = 0; i < Chats; i++)
        {
            customers[i] = Connect(hub, null);
            await customers[i].StartAsync();
            chatIds[i] = (await customers[i].InvokeAsync<State>("JoinAsCustomer", keys[i])).Id;
        }

        for (var i = 0; i < Chats; i++)
        {
            await staff[i % StaffConnections].InvokeAsync<State>("Take", chatIds[i]);
        }

        Console.Error.WriteLine($"{Chats} chats taken; each customer sends one message a second for {runFor.TotalSeconds:0} s …");
        long sent = 0;
        long refused = 0;
        var stop = DateTime.UtcNow + runFor;
        var started = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Chats).Select(async i =>
        {
            await Task.Delay(Random.Shared.Next(1000)); // not all in the same millisecond
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
            var sequence = 0;
            do
            {
                try
                {
                    await customers[i].InvokeAsync("SendAsCustomer", $"m {i} {sequence++} {Stopwatch.GetTimestamp()}");
                    Interlocked.Increment(ref sent);
                }
                catch (HubException)
                {
                    Interlocked.Increment(ref refused);
                }
            }
            while (DateTime.UtcNow < stop && await timer.WaitForNextTickAsync());
        }));
        var elapsed = started.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(5)); // the last ones in flight

        var latencies = received.Values.Order().ToArray();
        var lost = sent - latencies.Length;
        Console.WriteLine(Invariant($"Chat load: {Chats} chats on one instance, 1 message per second each for {runFor.TotalSeconds:0} s (customer → customer service, over WebSockets)"));
        Console.WriteLine();
        Console.WriteLine("| Messages sent | received | lost | refused | messages/s | latency p50 | p99 | max |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(Invariant($"| {sent:N0} | {latencies.Length:N0} | {lost:N0} | {refused:N0} | {sent / elapsed.TotalSeconds:N0} | {Percentile(latencies, 0.50):0.0} ms | {Percentile(latencies, 0.99):0.0} ms | {latencies.LastOrDefault():0.0} ms |"));

        for (var i = 0; i < Chats; i++)
        {
            await staff[i % StaffConnections].InvokeAsync<int?>("EndAsStaff", chatIds[i]); // transcripts to the inquiry log
        }

        foreach (var connection in staff.Concat(customers))
        {
            await connection.DisposeAsync();
        }

        return lost == 0 && refused == 0 ? 0 : 1;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static HubConnection Connect(Uri hub, string? cookie) =>
        new HubConnectionBuilder()
            .WithUrl(hub, o =>
            {
                o.SkipNegotiation = true; // as the pages connect
                o.Transports = HttpTransportType.WebSockets;
                if (cookie is not null)
                {
                    o.Headers["Cookie"] = cookie;
                }

                o.Headers["Origin"] = hub.GetLeftPart(UriPartial.Authority);
            })
            .Build();

    /// <summary>A visitor starts a chat on /chat as a browser does (no functional consent: the key comes in the page).</summary>
    private static async Task<string> StartChatAsync(Uri portal, int i)
    {
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = portal };
        var form = await http.GetStringAsync("/chat");
        var token = WebUtility.HtmlDecode(Token().Match(form).Groups[1].Value);
        var page = await http.PostAsync("/chat", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Name"] = $"Last {i}", ["Input.Topic"] = "Other",
        }));
        var key = Key().Match(await page.Content.ReadAsStringAsync());
        return key.Success ? key.Groups[1].Value : throw new InvalidOperationException($"Chat {i} did not start ({page.StatusCode}); is Chat:AlwaysOpen set?");
    }

    /// <summary>Logs in through the development provider from a staff page and returns the login cookie.</summary>
    private static async Task<string> LoginCookieAsync(Uri portal, string username)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = true }) { BaseAddress = portal };
        var login = await (await http.GetAsync("/kundeservice")).Content.ReadAsStringAsync();
        var fields = LoadBenchmark.HiddenField().Matches(login).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        fields["username"] = username;
        fields["password"] = "demo";
        var landed = await http.PostAsync(WebUtility.HtmlDecode(LoadBenchmark.FormAction().Match(login).Groups[1].Value), new FormUrlEncodedContent(fields));
        if (!landed.RequestMessage!.RequestUri!.AbsolutePath.StartsWith("/kundeservice", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The staff login failed.");
        }

        return cookies.GetCookieHeader(portal);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Line(long Id, bool FromCustomer, string Name, string Text, DateTime AtUtc);

    private sealed record State(long Id);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("data-key=\"([0-9a-f]{32})\"")]
    private static partial Regex Key();

}
