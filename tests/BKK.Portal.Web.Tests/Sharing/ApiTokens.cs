using AngleSharp.Dom;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using BKK.Portal.Application.Sharing;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Web.Tests.Sharing;

/// <summary>Makes keys on Deling av data as a logged-in customer, and calls the API with them.</summary>
internal static class ApiTokens
{
    public const string Page = "/deling-av-data";

    /// <summary>Posts the form of Deling av data; the answer is the page (with the new key, or the errors).</summary>
    public static async Task<HttpResponseMessage> PostCreateAsync(PortalClient client, string name, IEnumerable<string> points, string scopes, DateOnly? expires)
    {
        var page = await client.GetPageAsync(Page);
        var antiforgery = page.QuerySelector<IHtmlInputElement>("form[action*='Create'] input[name=__RequestVerificationToken]")?.Value
            ?? throw new InvalidOperationException("No form on the page: " + page.Body?.TextContent[..Math.Min(2000, page.Body.TextContent.Length)]);
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", antiforgery), new("Input.Name", name) };
        fields.AddRange(points.Select(p => new KeyValuePair<string, string>("Input.MeteringPoints", p)));
        foreach (var scope in scopes.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            fields.Add(new("Input." + scope, "true"));
        }

        if (expires is { } day)
        {
            fields.Add(new("Input.ExpiresOn", day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        return await client.Http.PostAsync(Page + "?handler=Create", new FormUrlEncodedContent(fields));
    }

    /// <summary>A new key of the person logged in on <paramref name="client"/>, for the current relationship.</summary>
    public static async Task<string> CreateAsync(PortalClient client, string name, IEnumerable<string> points, string scopes = "MeterValues,Capacity,Invoices", DateOnly? expires = null)
    {
        var response = await PostCreateAsync(client, name, points, scopes, expires ?? DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30));
        var page = await PortalClient.ParseAsync(response);
        var token = page.QuerySelector<IHtmlInputElement>("[data-testid=new-token-value]")?.Value;
        Assert.True(token is not null, "No key was made: " + page.QuerySelector("[data-testid=form-errors]")?.TextContent);
        return token;
    }

    /// <summary>An HTTP client of the portal with no cookies, as an app would call the API.</summary>
    public static HttpClient App(PortalFactory factory, string? token)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>Writes the counted calls now, as the background writer does every few seconds.</summary>
    public static async Task FlushUsageAsync(PortalFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        await factory.Services.GetRequiredService<ApiUsageCounter>().FlushAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), CancellationToken.None);
    }
}
