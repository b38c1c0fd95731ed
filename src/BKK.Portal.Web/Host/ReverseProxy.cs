using Microsoft.AspNetCore.HttpOverrides;

namespace BKK.Portal.Web.Host;

/// <summary>The portal behind the TLS proxy of the production topology (section <c>ReverseProxy</c>).</summary>
public static class ReverseProxy
{
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
