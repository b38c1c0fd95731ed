using System.Globalization;
using System.Threading.RateLimiting;
using BKK.Portal.Web.Authentication;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.RateLimiting;

namespace BKK.Portal.Web.Host;

/// <summary>
/// Every rate limit of the portal, with its policy name (settings: section <c>RateLimits</c>): form posts and
/// downloads per person, logins per address (<see cref="LoginRateLimiter"/>), fullmakt attempts and consent
/// choices. Each breach answers the Norwegian 429 page with Retry-After.
/// </summary>
public static class RateLimiting
{
    /// <summary>A partition that lets <paramref name="permits"/> through per window and queues nothing (the rest get 429).</summary>
    public static RateLimitPartition<TKey> FixedWindow<TKey>(TKey key, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });

    private static readonly HashSet<string> ExportHandlers = new(StringComparer.OrdinalIgnoreCase) { "csv", "json", "zip", "pdf" };

    /// <summary>The policy of the fullmakt form (per person and hour: a grant looks people up by identity number).</summary>
    public const string GrantPolicy = "fullmakt";

    /// <summary>The policy of the consent choices (per address and hour: they are anonymous, and each is recorded).</summary>
    public const string ConsentPolicy = "samtykke";

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = RateLimitOptions.From(configuration);
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
        services.AddRateLimiter(o =>
        {
            // Fullmakt: a person and name are looked up by identity number, so attempts are counted per user
            // (a guessing owner learns nothing at scale); GET is never limited.
            o.AddPolicy(GrantPolicy, context => HttpMethods.IsPost(context.Request.Method)
                ? FixedWindow(context.User.Subject() ?? "anonym", limits.GrantAttemptsPerHour, TimeSpan.FromHours(1))
                : RateLimitPartition.GetNoLimiter("les"));
            // Consent choices are anonymous and each is recorded: per address (held in memory only, never stored).
            o.AddPolicy(ConsentPolicy, context => HttpMethods.IsPost(context.Request.Method)
                ? FixedWindow(context.Connection.RemoteIpAddress?.ToString() ?? "ukjent", limits.ConsentChoicesPerHour, TimeSpan.FromHours(1))
                : RateLimitPartition.GetNoLimiter("les"));
        });
        return services;
    }
}
