using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.HttpOverrides;

namespace BKK.Portal.Web.Host;

/// <summary>The portal behind the TLS proxy of the production topology (section <c>ReverseProxy</c>).</summary>
public static class ReverseProxy
{
    /// <summary>Behind the TLS proxy (section <c>ReverseProxy</c>): the scheme and client address come from its headers.</summary>
    public static IApplicationBuilder UseReverseProxyHeaders(this IApplicationBuilder app)
    {
        var proxy = app.ApplicationServices.GetRequiredService<IOptions<ReverseProxyOptions>>().Value;
        if (!proxy.Enabled)
        {
            return app;
        }

        // Only the proxy's own address may say who the client is (ReverseProxy:KnownProxies, docker-compose.yml
        // pins Caddy's); anyone else's X-Forwarded-For is ignored, so the limits per address cannot be dodged.
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, ForwardLimit = 1 };
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        foreach (var address in proxy.KnownProxies)
        {
            options.KnownProxies.Add(System.Net.IPAddress.Parse(address));
        }

        if (options.KnownProxies.Count == 0)
        {
            throw new InvalidOperationException("ReverseProxy:Enabled needs ReverseProxy:KnownProxies, the address(es) of the proxy.");
        }

        return app.UseForwardedHeaders(options);
    }
}
