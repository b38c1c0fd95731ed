using System.Globalization;
using System.Threading.RateLimiting;
using BKK.Portal.Web.Authentication;
using BKK.Portal.Web.Privacy;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;

namespace BKK.Portal.Web.Shell;

/// <summary>Security headers, rate limits and the answer to an outage: what every response of the portal has in common.</summary>
public static class Hardening
{
    /// <summary>What a browser may use on our pages: nothing of the device.</summary>
    public const string PermissionsPolicy = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

    /// <summary>A partition that lets <paramref name="permits"/> through per window and queues nothing (the rest get 429).</summary>
    public static RateLimitPartition<TKey> FixedWindow<TKey>(TKey key, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });

    private static readonly HashSet<string> ExportHandlers = new(StringComparer.OrdinalIgnoreCase) { "csv", "json", "zip", "pdf" };

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitOptions.SectionName).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddSingleton(limits);
        services.AddSingleton(new LoginRateLimiter(limits.LoginsPerMinutePerAddress));
        services.Configure<RateLimiterOptions>(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };

            // Every form post and every download, per person; page views are never limited.
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null)
                {
                    return RateLimitPartition.GetNoLimiter("error-page"); // the error page of a refused post is a post too
                }

                var who = context.User.Subject() ?? context.Connection.RemoteIpAddress?.ToString() ?? "ukjent";
                var handler = context.Request.RouteValues["handler"] as string ?? context.Request.Query["handler"].FirstOrDefault();
                if (handler is not null && ExportHandlers.Contains(handler))
                {
                    return FixedWindow("export:" + who, limits.ExportsPerHour, TimeSpan.FromHours(1));
                }

                return HttpMethods.IsPost(context.Request.Method)
                    ? FixedWindow("post:" + who, limits.FormPostsPerMinute, TimeSpan.FromMinutes(1))
                    : RateLimitPartition.GetNoLimiter("read");
            });
        });
        return services;
    }

    /// <summary>
    /// Headers on every response, error pages and static files included: a strict CSP with this
    /// request's nonce (built as the response starts, so a consent given in this request counts),
    /// no framing, no sniffing, no referrer, no device features, a window of our own.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, bool analyticsOn) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            context.Response.OnStarting(() =>
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy.For(context, analyticsOn);
                headers.Remove("Server");
                headers.Remove("X-Powered-By");
                return Task.CompletedTask;
            });
            await next();
        });

    /// <summary>Behind the TLS proxy (section <c>ReverseProxy</c>): the scheme and client address come from its headers.</summary>
    public static IApplicationBuilder UseReverseProxyHeaders(this IApplicationBuilder app, IConfiguration configuration)
    {
        if (!configuration.GetValue("ReverseProxy:Enabled", false))
        {
            return app;
        }

        // Only the proxy's own address may say who the client is (ReverseProxy:KnownProxies, docker-compose.yml
        // pins Caddy's); anyone else's X-Forwarded-For is ignored, so the limits per address cannot be dodged.
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, ForwardLimit = 1 };
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        foreach (var proxy in configuration.GetSection("ReverseProxy:KnownProxies").Get<string[]>() ?? [])
        {
            options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        }

        if (options.KnownProxies.Count == 0)
        {
            throw new InvalidOperationException("ReverseProxy:Enabled needs ReverseProxy:KnownProxies, the address(es) of the proxy.");
        }

        return app.UseForwardedHeaders(options);
    }
}
