using BKK.Portal.Infrastructure.Logging;
using BKK.Portal.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BKK.Portal.Web.Tests.Host;

/// <summary>The portal's logger factory keeps one logger per category in front of Serilog's (EF Core asks for loggers per context).</summary>
[Collection(PortalCollection.Name)]
public sealed class LoggerFactoryTests(PortalFactory factory)
{
    [Fact]
    public void The_portal_s_logger_factory_is_Serilog_s_behind_the_cache()
    {
        var loggers = factory.Services.GetRequiredService<ILoggerFactory>();

        Assert.IsType<CachingLoggerFactory>(loggers);
        Assert.Same(loggers.CreateLogger("Microsoft.EntityFrameworkCore.Database.Command"), loggers.CreateLogger("Microsoft.EntityFrameworkCore.Database.Command"));
        Assert.StartsWith("Serilog", loggers.CreateLogger("BKK.Portal.Test").GetType().FullName, StringComparison.Ordinal);
    }
}
