using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Web.Tests.Support;

/// <summary>A portal of its own on a clock the test moves (the development identity provider in it reads the same clock).</summary>
public class ClockPortal : PortalFactory
{
    public ClockPortal()
        : this(DateTimeOffset.UtcNow)
    {
    }

    protected ClockPortal(DateTimeOffset start) => Clock = new ManualClock(start);

    public ManualClock Clock { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}
