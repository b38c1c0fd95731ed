using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace BKK.Portal.Web.Sharing;

/// <summary>The API's services: its token scheme and policy, its rate limit per token, its OpenAPI document and the call counts' writer.</summary>
public static class SharingServices
{
    public static IServiceCollection AddSharingApi(this IServiceCollection services, IConfiguration configuration, bool serves)
    {
        var options = configuration.GetSection(ApiOptions.SectionName).Get<ApiOptions>() ?? new ApiOptions();
        services.Configure<ApiOptions>(configuration.GetSection(ApiOptions.SectionName));
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(SharingApi.Policy, p => p.AddAuthenticationSchemes(ApiTokenAuthenticationHandler.SchemeName).RequireAuthenticatedUser());
        services.AddRateLimiter(o => o.AddPolicy(SharingApi.RateLimitPolicy, new ApiRateLimitPolicy(options.CallsPerMinute)));
        if (serves)
        {
            services.AddHostedService<ApiUsageFlushService>();
        }

        // Numbers are numbers: a string where a number belongs is refused, and the document says plain "number".
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict);
        services.AddOpenApi(SharingApi.DocumentName, o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            // The answers are exactly what the document says: every property is always there (null where it may be), and no other.
            o.AddSchemaTransformer((schema, context, _) =>
            {
                if (context.JsonTypeInfo.Type.Namespace == typeof(SharingApi).Namespace && schema.Properties is { Count: > 0 } properties)
                {
                    schema.Required = new HashSet<string>(properties.Keys);
                    schema.AdditionalPropertiesAllowed = false;
                }

                return Task.CompletedTask;
            });
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "BKK Mine sider API",
                    Version = "v1",
                    Description = "Read-only access to your own data: metering points, meter values, capacity steps, invoices and spot prices. "
                        + "Make a key under Deling av data (Sharing data) on Mine sider and send it as Authorization: Bearer <key>. "
                        + "Times are ISO 8601 with the Oslo offset; energy is in kWh. Errors are RFC 9457 problem details.",
                };
                document.Servers = [];
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
                {
                    ["bearer"] = new OpenApiSecurityScheme { Type = SecuritySchemeType.Http, Scheme = "bearer", Description = "A key from Deling av data (bkk_…)." },
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] }];
                return Task.CompletedTask;
            });
        });
        return services;
    }

    /// <summary>Calls per minute per token, with the API's own 429 problem (the pages have their HTML 429).</summary>
    private sealed class ApiRateLimitPolicy(int callsPerMinute) : IRateLimiterPolicy<string>
    {
        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, _) =>
        {
            if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            {
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            }

            await ApiProblems.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Problem.RateLimited");
        };

        public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
            Host.RateLimiting.FixedWindow("api:" + (httpContext.User.FindFirst("api_token")?.Value ?? "none"), callsPerMinute, TimeSpan.FromMinutes(1));
    }
}
