using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Web.Tests.Support;

/// <summary>A portal of its own whose demo data is seeded as on <see cref="SeedDay"/> (<see cref="RetentionSeedDay"/>).</summary>
public class RetentionPortalFactory : PortalFactory
{
    public static readonly DateOnly SeedDay = RetentionSeedDay.Value;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new ManualClock(ManualClock.OsloNoon(SeedDay))));
    }
}
