using BKK.Portal.Infrastructure.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BKK.Portal.Infrastructure.Tests.Logging;

/// <summary>One logger per category in front of a factory that makes a new one on every call (as Serilog's does).</summary>
public sealed class CachingLoggerFactoryTests
{
    [Fact]
    public void A_category_asked_for_again_gets_the_same_logger_and_the_inner_factory_is_asked_once()
    {
        var services = new ServiceCollection();
        var inner = new CountingFactory();
        services.AddSingleton<ILoggerFactory>(inner);
        CachingLoggerFactory.Decorate(services);
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<ILoggerFactory>();

        var first = factory.CreateLogger("Microsoft.EntityFrameworkCore.Database.Command");
        var again = factory.CreateLogger("Microsoft.EntityFrameworkCore.Database.Command");
        var other = factory.CreateLogger("Microsoft.EntityFrameworkCore.Query");

        Assert.IsType<CachingLoggerFactory>(factory);
        Assert.Same(first, again);
        Assert.NotSame(first, other);
        Assert.Equal(2, inner.Created);
    }

    private sealed class CountingFactory : ILoggerFactory
    {
        public int Created { get; private set; }

        public ILogger CreateLogger(string categoryName)
        {
            Created++;
            return new LoggerFactory().CreateLogger(categoryName);
        }

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public void Dispose()
        {
        }
    }
}
