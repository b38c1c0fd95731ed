using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace BKK.Portal.Web.Tests.Support;

/// <summary>An HTTP client that logs in through the development provider like a browser: redirects, cookies, forms.</summary>
public sealed class PortalClient(HttpClient http) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = http;

    /// <summary>Follows redirects from <paramref name="response"/> and returns the final response.</summary>
    public async Task<HttpResponseMessage> FollowAsync(HttpResponseMessage response)
    {
        for (var hops = 0; hops < 10 && response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther; hops++)
        {
            response = await Http.GetAsync(response.Headers.Location);
        }

        return response;
    }

    /// <summary>Opens the portal, is sent to the development provider, logs in and lands on the overview.</summary>
    public async Task<HttpResponseMessage> LoginAsync(string username, string password = "demo") =>
        await FollowAsync(await SubmitLoginAsync(new Uri("/", UriKind.Relative), username, password));

    /// <summary>
    /// Opens <paramref name="url"/> anonymously, logs in at the development provider and returns the answer of
    /// /signin-oidc unfollowed: its Location is where the portal sends the person after login, its Set-Cookie the login.
    /// </summary>
    public async Task<HttpResponseMessage> LoginFromAsync(Uri url, string username, string password = "demo")
    {
        var response = await SubmitLoginAsync(url, username, password);
        for (var hops = 0; hops < 10 && response.Headers.Location is { } next; hops++)
        {
            response = await Http.GetAsync(next);
            if (response.RequestMessage!.RequestUri!.AbsolutePath == "/signin-oidc")
            {
                return response;
            }
        }

        throw new InvalidOperationException("The login never reached /signin-oidc.");
    }

    /// <summary>Opens <paramref name="url"/>, is sent to the development provider's login page and posts the login form there.</summary>
    private async Task<HttpResponseMessage> SubmitLoginAsync(Uri url, string username, string password)
    {
        var loginPage = await FollowAsync(await Http.GetAsync(url));
        Assert.Equal(HttpStatusCode.OK, loginPage.StatusCode);
        Assert.Contains("/dev-idp/login", loginPage.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        return await PostFormAsync(
            loginPage.RequestMessage.RequestUri!.AbsolutePath,
            await ParseAsync(loginPage),
            new Dictionary<string, string> { ["username"] = username, ["password"] = password });
    }

    /// <summary>The login cookie(s) a response set, as a Cookie header another client can send.</summary>
    public static string LoginCookieHeader(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie")
            .Select(h => h.Split(';')[0])
            .Where(c => c.StartsWith("bkk.portal.auth", StringComparison.Ordinal) && !c.EndsWith('=')));

    /// <summary>Posts the first form of a page with its hidden fields (antiforgery token included) and the given values.</summary>
    public Task<HttpResponseMessage> PostFormAsync(string action, IHtmlDocument page, IDictionary<string, string> values, string? formSelector = null)
    {
        var form = (IHtmlFormElement)(formSelector is null ? page.QuerySelector("form")! : page.QuerySelector(formSelector)!);
        var fields = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => i.Type == "hidden")
            .ToDictionary(i => i.Name!, i => i.Value);
        foreach (var (key, value) in values)
        {
            fields[key] = value;
        }

        return Http.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>
    /// Posts a form as multipart/form-data, as a browser posts a form with a file: its hidden fields, the values, and
    /// <paramref name="file"/> under <paramref name="fileField"/> with the name and type the browser would send.
    /// </summary>
    public Task<HttpResponseMessage> PostMultipartAsync(
        string action, IHtmlDocument page, IDictionary<string, string> values, string fileField, (string Name, string ContentType, byte[] Bytes)? file, string? formSelector = null)
    {
        var form = (IHtmlFormElement)(formSelector is null ? page.QuerySelector("form")! : page.QuerySelector(formSelector)!);
        var fields = form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden").ToDictionary(i => i.Name!, i => i.Value);
        foreach (var (key, value) in values)
        {
            fields[key] = value;
        }

        var content = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            content.Add(new StringContent(value), key);
        }

        if (file is { } f)
        {
            var part = new ByteArrayContent(f.Bytes);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(f.ContentType);
            content.Add(part, fileField, f.Name);
        }

        return Http.PostAsync(action, content);
    }

    public async Task<IHtmlDocument> GetPageAsync(string url)
    {
        var response = await Http.GetAsync(url);
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public void Dispose() => Http.Dispose();
}
