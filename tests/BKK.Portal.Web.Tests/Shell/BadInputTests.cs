using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using BKK.Portal.Web.Tests.Support;

namespace BKK.Portal.Web.Tests.Shell;

/// <summary>
/// Hostile and malformed input in every route parameter, every query parameter and every form field
/// the portal has, gathered from the running portal itself (its endpoints, and the forms its pages
/// render): never a 500 and never a payload reflected as markup.
/// </summary>
public sealed class BadInputTests : IClassFixture<BadInputTests.OwnPortal>
{
    /// <summary>A portal of its own: the payloads that are valid text (an inquiry of 5,000 A's) are saved.</summary>
    public sealed class OwnPortal : PortalFactory;

    private static readonly string[] Payloads =
    [
        new('A', 5000),
        "\u0000\u0001\u0008\u001b[31m\r\n\t",
        "\u202eevil\u202c 𝕏 e\u0301 \uFEFF\u200b",
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "' OR '1'='1'; DROP TABLE People; --",
        "-1",
        "-99999999999999999999999",
        "99999999999999999999999999999",
        "2026-02-30",
        "1e309",
        "../../../etc/passwd",
        string.Empty,
    ];

    /// <summary>Markup that must never come back unescaped.</summary>
    private static readonly string[] Reflectable = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>"];

    /// <summary>Invalid UTF-8 (an overlong and a lone continuation byte), already percent-encoded as a browser would send it.</summary>
    private const string BrokenUtf8 = "%C0%AF%80";

    private readonly OwnPortal _factory;
    private readonly List<string> _failures = [];
    private int _requests;

    public BadInputTests(OwnPortal factory) => _factory = factory;

    [Fact]
    public async Task Hostile_values_in_every_route_query_and_form_field_never_give_a_500_or_reflected_markup()
    {
        using var kari = _factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var values = await PortalRoutes.SampleValuesAsync(kari);

        // Route parameters and the query parameters every page reads.
        foreach (var endpoint in PortalRoutes.Endpoints(_factory.Services))
        {
            foreach (var parameter in endpoint.RoutePattern.Parameters.Where(p => p.Name != "handler"))
            {
                foreach (var payload in Payloads.Append(BrokenUtf8))
                {
                    var url = PortalRoutes.Fill(endpoint.RoutePattern, new Dictionary<string, string>(values) { [parameter.Name] = "\u0001" });
                    if (url is not null)
                    {
                        await GetAsync(kari, url.Replace("%01", Encode(payload), StringComparison.Ordinal), payload);
                    }
                }
            }
        }

        var pages = PortalRoutes.GetUrls(_factory.Services, values).Select(u => u.Url).Where(u => u != "/logg-ut").ToList();
        foreach (var page in pages)
        {
            foreach (var payload in Payloads.Append(BrokenUtf8))
            {
                var encoded = Encode(payload);
                await GetAsync(kari, $"{page}{(page.Contains('?', StringComparison.Ordinal) ? '&' : '?')}kundeforhold={encoded}&handler={encoded}", payload);
            }
        }

        // Every form of every page, each field in turn, with the page's own antiforgery token.
        var forms = new HashSet<string>();
        foreach (var url in pages.Where(u => !u.Contains("handler=", StringComparison.Ordinal) && !u.EndsWith("/pdf", StringComparison.Ordinal) && !u.EndsWith("/zip", StringComparison.Ordinal)))
        {
            await FuzzFormsAsync(kari, url, forms);
        }

        using var visitor = _factory.CreatePortalClient();
        var login = await visitor.FollowAsync(await visitor.Http.GetAsync("/"));
        await FuzzFormsAsync(visitor, login.RequestMessage!.RequestUri!.PathAndQuery, forms);

        Assert.True(forms.Count >= 8, $"only {forms.Count} forms found: {string.Join(", ", forms)}");
        Assert.True(_requests > 500, $"only {_requests} requests");
        Assert.True(_failures.Count == 0, $"{_failures.Count} of {_requests} requests failed:\n" + string.Join('\n', _failures.Take(40)));
    }

    [Fact]
    public async Task Every_route_answers_get_post_put_delete_patch_and_trace_without_a_500()
    {
        using var kari = _factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var values = await PortalRoutes.SampleValuesAsync(kari);
        var urls = PortalRoutes.GetUrls(_factory.Services, values).Select(u => u.Url).Where(u => u != "/logg-ut").ToList();
        using var visitor = _factory.CreatePortalClient();
        string[] methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "TRACE"];

        foreach (var client in new[] { kari, visitor })
        {
            var token = (await client.GetPageAsync("/personvern")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            foreach (var url in urls)
            {
                // The login-failed page answers its GET with 502 on purpose: the identity provider failed, not the portal.
                foreach (var method in methods.Where(m => !(url == "/innlogging-feilet" && m == "GET")))
                {
                    foreach (var withToken in method is "GET" or "TRACE" ? [false] : new[] { false, true })
                    {
                        var request = new HttpRequestMessage(new HttpMethod(method), url);
                        if (withToken)
                        {
                            request.Headers.Add("RequestVerificationToken", token);
                            request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
                        }

                        await SendAsync(client, request, string.Empty, $"{url} {(client == kari ? "logged in" : "anonymous")} {(withToken ? "with token" : "without token")}");
                    }
                }
            }
        }

        Assert.True(urls.Count > 20, $"only {urls.Count} routes");
        Assert.True(_failures.Count == 0, $"{_failures.Count} of {_requests} requests failed:\n" + string.Join('\n', _failures.Take(60)));
    }

    private async Task FuzzFormsAsync(PortalClient client, string url, HashSet<string> seen)
    {
        var response = await client.Http.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
        {
            return;
        }

        var page = await PortalClient.ParseAsync(response);
        foreach (var form in page.QuerySelectorAll("form").OfType<IHtmlFormElement>())
        {
            var action = form.GetAttribute("action") is { Length: > 0 } a ? a : url;
            var method = (form.GetAttribute("method") ?? "get").ToUpperInvariant();
            var fields = Fields(form);
            if (action.StartsWith("/logg-ut", StringComparison.Ordinal) || !seen.Add($"{method} {action} [{string.Join(',', fields.Keys)}]"))
            {
                continue;
            }

            foreach (var field in fields.Keys.Where(k => k != "__RequestVerificationToken"))
            {
                foreach (var payload in Payloads.Append(BrokenUtf8))
                {
                    var body = string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={(f.Key == field ? Encode(payload) : Uri.EscapeDataString(f.Value))}"));
                    if (method == "GET")
                    {
                        await GetAsync(client, $"{action}{(action.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{body}", payload);
                    }
                    else
                    {
                        await SendAsync(client, new HttpRequestMessage(HttpMethod.Post, action) { Content = new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded") }, payload, $"{field} of {action}");
                    }
                }
            }

            if (method == "POST")
            {
                var withoutToken = string.Join('&', fields.Where(f => f.Key != "__RequestVerificationToken").Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
                await ExpectRefusedAsync(client, new HttpRequestMessage(HttpMethod.Post, action) { Content = new StringContent(withoutToken, Encoding.ASCII, "application/x-www-form-urlencoded") }, $"{action} without its token");
                await ExpectRefusedAsync(client, new HttpRequestMessage(HttpMethod.Post, action) { Content = new StringContent("{\"Input\":{\"Phone\":\"<script>\"}}", Encoding.UTF8, "application/json") }, $"{action} as JSON");
                await ExpectRefusedAsync(client, new HttpRequestMessage(HttpMethod.Post, action) { Content = new StringContent("<x/>", Encoding.UTF8, "text/xml") }, $"{action} as XML");
            }
        }
    }

    /// <summary>The fields a browser would send, with the values the page filled in.</summary>
    private static Dictionary<string, string> Fields(IHtmlFormElement form)
    {
        var fields = new Dictionary<string, string>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || fields.ContainsKey(name))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement { Type: "submit" or "button" or "reset" or "image" }:
                    if (element.GetAttribute("value") is { } pressed)
                    {
                        fields[name] = pressed;
                    }

                    break;
                case IHtmlInputElement input:
                    fields[name] = input.Value;
                    break;
                case IHtmlSelectElement select:
                    fields[name] = select.Options.FirstOrDefault(o => o.IsSelected)?.Value ?? (select.Options.Length > 0 ? select.Options[0].Value : string.Empty);
                    break;
                case IHtmlTextAreaElement text:
                    fields[name] = text.Value;
                    break;
                case IHtmlButtonElement button:
                    fields[name] = button.Value;
                    break;
            }
        }

        return fields;
    }

    private Task GetAsync(PortalClient client, string url, string payload) =>
        SendAsync(client, new HttpRequestMessage(HttpMethod.Get, url), payload, url.Length > 120 ? url[..120] + "…" : url);

    private async Task SendAsync(PortalClient client, HttpRequestMessage request, string payload, string what)
    {
        _requests++;
        HttpResponseMessage response;
        try
        {
            response = await client.Http.SendAsync(request);
        }
        catch (InvalidOperationException e) when (e.Message.Contains("null characters", StringComparison.Ordinal))
        {
            return; // the server refuses a NUL in the path before the portal sees it (Kestrel answers 400)
        }

        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            _failures.Add($"{status} for {request.Method} {what} with {Describe(payload)}");
            return;
        }

        var body = await response.Content.ReadAsStringAsync();
        foreach (var markup in Reflectable.Where(m => payload.Contains(m, StringComparison.Ordinal)))
        {
            if (body.Contains(markup, StringComparison.Ordinal))
            {
                _failures.Add($"{request.Method} {what} reflects {markup} unescaped ({status})");
            }
        }
    }

    private async Task ExpectRefusedAsync(PortalClient client, HttpRequestMessage request, string what)
    {
        _requests++;
        var response = await client.Http.SendAsync(request);
        if (response.StatusCode is not (HttpStatusCode.BadRequest or HttpStatusCode.UnsupportedMediaType))
        {
            _failures.Add($"{(int)response.StatusCode} for {what}: expected 400");
        }
    }

    /// <summary>Percent-encoded as a browser sends it; the broken UTF-8 is already.</summary>
    private static string Encode(string payload) => payload == BrokenUtf8 ? payload : Uri.EscapeDataString(payload);

    private static string Describe(string payload) => payload.Length > 40 ? $"{payload[..20]}… ({payload.Length} chars)" : payload.Replace("\0", "\\0", StringComparison.Ordinal);
}
