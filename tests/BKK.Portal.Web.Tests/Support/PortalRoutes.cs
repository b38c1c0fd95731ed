using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Web.Tests.Support;

/// <summary>One way into the portal: a URL for a GET, with the route it came from.</summary>
public sealed record PortalUrl(string Route, string Url);

/// <summary>
/// Every route of the running portal, read from its endpoint data source (pages with their GET handlers,
/// health checks, the development provider): a new page is tested the day it is added.
/// </summary>
public static class PortalRoutes
{
    /// <summary>The portal's routes: its pages, handlers and endpoints, without the static files (wwwroot), which are files, not pages.</summary>
    public static IReadOnlyList<RouteEndpoint> Endpoints(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is null)
            .OrderBy(e => e.RoutePattern.RawText, StringComparer.Ordinal)];

    /// <summary>
    /// A GET URL for every route and every named GET handler, with route values from <paramref name="values"/>
    /// (an optional parameter without a value is left out; a required one without a value skips the route).
    /// </summary>
    public static IReadOnlyList<PortalUrl> GetUrls(IServiceProvider services, IReadOnlyDictionary<string, string> values)
    {
        var urls = new List<PortalUrl>();
        foreach (var endpoint in Endpoints(services))
        {
            var template = endpoint.RoutePattern.RawText ?? string.Empty;
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
            if (methods is not null && !methods.Contains("GET"))
            {
                continue;
            }

            var page = endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>();
            var handlers = page is null
                ? [null]
                : page.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase)).Select(h => h.Name).Distinct().ToList();
            foreach (var handler in handlers.DefaultIfEmpty(null))
            {
                var url = Fill(endpoint.RoutePattern, values, handler);
                if (url is not null && urls.All(u => u.Url != url))
                {
                    urls.Add(new PortalUrl(template, url));
                }
            }
        }

        return urls;
    }

    /// <summary>The route with its parameters filled; the handler as a segment where the route has one, else as ?handler=.</summary>
    public static string? Fill(RoutePattern pattern, IReadOnlyDictionary<string, string> values, string? handler = null)
    {
        var segments = new List<string>();
        var handled = false;
        foreach (var segment in pattern.PathSegments)
        {
            var text = new System.Text.StringBuilder();
            foreach (var part in segment.Parts)
            {
                switch (part)
                {
                    case RoutePatternLiteralPart literal:
                        text.Append(literal.Content);
                        break;
                    case RoutePatternSeparatorPart separator:
                        text.Append(separator.Content);
                        break;
                    case RoutePatternParameterPart { Name: "handler" }:
                        handled = true;
                        text.Append(handler is null ? string.Empty : Uri.EscapeDataString(handler.ToLowerInvariant()));
                        break;
                    case RoutePatternParameterPart parameter when values.TryGetValue(parameter.Name, out var value):
                        text.Append(Uri.EscapeDataString(value));
                        break;
                    case RoutePatternParameterPart { IsOptional: true }:
                        break;
                    default:
                        return null; // a required parameter without a value
                }
            }

            if (text.Length > 0)
            {
                segments.Add(text.ToString());
            }
        }

        var url = "/" + string.Join('/', segments);
        return handler is not null && !handled ? $"{url}?handler={handler.ToLowerInvariant()}" : url;
    }

    /// <summary>Values for the route parameters, taken from what Kari's own pages link to.</summary>
    public static async Task<Dictionary<string, string>> SampleValuesAsync(PortalClient kari) =>
        await OwnSampleValuesAsync(kari) ?? throw new InvalidOperationException("The person has no invoice or no inquiry to visit.");

    /// <summary>Values for the route parameters from the logged-in person's own pages, or null when they have no invoice or no inquiry.</summary>
    public static async Task<Dictionary<string, string>?> OwnSampleValuesAsync(PortalClient person)
    {
        var invoice = (await person.GetPageAsync("/fakturaer")).QuerySelector("[data-testid=invoice-table] tbody a")?.TextContent.Trim();
        var inquiry = (await person.GetPageAsync("/henvendelser")).QuerySelector("a[href^='/henvendelser/']")?.GetAttribute("href")?.Split('/').Last();
        return invoice is null || inquiry is null
            ? null
            : new Dictionary<string, string> { ["nummer"] = invoice, ["id"] = inquiry, ["kundenummer"] = "10000017", ["kunde"] = "10000017", ["statusCode"] = "404" };
    }
}
