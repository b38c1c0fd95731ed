namespace BKK.Portal.Web.Host;

/// <summary>The TLS proxy in front of the portal (section <c>ReverseProxy</c>).</summary>
public sealed class ReverseProxyOptions
{
    public const string SectionName = "ReverseProxy";

    /// <summary>The portal is behind the proxy: the scheme and client address come from its headers.</summary>
    public bool Enabled { get; set; }

    /// <summary>The proxy's own address(es): only they may say who the client is.</summary>
    public string[] KnownProxies { get; set; } = [];
}
