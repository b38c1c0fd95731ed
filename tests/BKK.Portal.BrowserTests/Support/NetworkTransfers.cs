using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace BKK.Portal.BrowserTests.Support;

/// <summary>One response as the browser got it: its URL, and the bytes that came over the network (0 from its cache).</summary>
public sealed record Transfer(string Url, string Type, long Bytes, bool FromCache);

/// <summary>
/// What the browser transfers, as Chromium's network domain reports it (DevTools protocol): the encoded bytes of each
/// response, headers included, and whether it came from the browser's cache instead.
/// </summary>
public sealed class NetworkTransfers
{
    private readonly ICDPSession _cdp;
    private readonly ConcurrentDictionary<string, (string Url, string Type, bool FromCache)> _responses = new();
    private readonly ConcurrentDictionary<string, long> _finished = new();
    private readonly ConcurrentDictionary<string, bool> _servedFromCache = new();

    private NetworkTransfers(ICDPSession cdp) => _cdp = cdp;

    public static async Task<NetworkTransfers> StartAsync(IPage page)
    {
        var cdp = await page.Context.NewCDPSessionAsync(page);
        var transfers = new NetworkTransfers(cdp);
        cdp.Event("Network.responseReceived").OnEvent += (_, e) =>
        {
            var p = e!.Value;
            var response = p.GetProperty("response");
            var fromCache = response.TryGetProperty("fromDiskCache", out var disk) && disk.GetBoolean();
            transfers._responses[p.GetProperty("requestId").GetString()!] = (response.GetProperty("url").GetString()!, p.GetProperty("type").GetString()!, fromCache);
        };
        cdp.Event("Network.requestServedFromCache").OnEvent += (_, e) => transfers._servedFromCache[e!.Value.GetProperty("requestId").GetString()!] = true;
        cdp.Event("Network.loadingFinished").OnEvent += (_, e) =>
            transfers._finished[e!.Value.GetProperty("requestId").GetString()!] = (long)e.Value.GetProperty("encodedDataLength").GetDouble();
        await cdp.SendAsync("Network.enable");
        return transfers;
    }

    /// <summary>Empties the browser's cache: the next visit is a first visit.</summary>
    public Task ClearCacheAsync() => _cdp.SendAsync("Network.clearBrowserCache");

    /// <summary>Visits <paramref name="url"/> and returns what the visit transferred by the load event (every style sheet and script of the page).</summary>
    public async Task<IReadOnlyList<Transfer>> VisitAsync(IPage page, string url)
    {
        _responses.Clear();
        _finished.Clear();
        _servedFromCache.Clear();
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return _responses.Select(r =>
        {
            var fromCache = r.Value.FromCache || _servedFromCache.ContainsKey(r.Key);
            return new Transfer(r.Value.Url, r.Value.Type, fromCache ? 0 : _finished.GetValueOrDefault(r.Key), fromCache);
        }).ToList();
    }
}
