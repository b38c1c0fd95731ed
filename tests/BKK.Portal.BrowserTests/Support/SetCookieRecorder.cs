using Microsoft.Net.Http.Headers;
using Microsoft.Playwright;

namespace BKK.Portal.BrowserTests.Support;

/// <summary>
/// Every Set-Cookie header the browser receives, redirects included, exactly as the server sent it:
/// Playwright's cookie jar keeps expiry as a single-precision float (about two minutes apart at
/// today's Unix times), too coarse to check a lifetime to the minute.
/// </summary>
public sealed class SetCookieRecorder
{
    private readonly List<IResponse> _responses = [];

    public SetCookieRecorder(IBrowserContext context) => context.Response += (_, response) => _responses.Add(response);

    public async Task<IReadOnlyList<(string Url, SetCookieHeaderValue Cookie)>> AllAsync()
    {
        var cookies = new List<(string, SetCookieHeaderValue)>();
        foreach (var response in _responses.ToList())
        {
            foreach (var header in await response.HeaderValuesAsync("set-cookie"))
            {
                foreach (var line in header.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    cookies.Add((response.Url, SetCookieHeaderValue.Parse(line)));
                }
            }
        }

        return cookies;
    }

    /// <summary>The last time the server set this cookie (not a deletion).</summary>
    public async Task<SetCookieHeaderValue> LastAsync(Func<string, bool> name) =>
        (await AllAsync()).Select(c => c.Cookie).Last(c => name(c.Name.Value!) && !(c.Expires < DateTimeOffset.UtcNow));
}
