using BKK.Portal.Web.Host;
using Microsoft.Extensions.Configuration;

namespace BKK.Portal.Web.Tests.Host;

/// <summary>Every limit is read from RateLimits; the two keys of before still count for one release, when RateLimits does not say.</summary>
public sealed class RateLimitOptionsTests
{
    [Fact]
    public void The_old_keys_count_only_where_RateLimits_does_not_say()
    {
        static RateLimitOptions From(params (string Key, string Value)[] settings) =>
            RateLimitOptions.From(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build());

        var old = From(("Access:GrantAttemptsPerHour", "7"), ("Privacy:ConsentChoicesPerHour", "8"));
        Assert.Equal((7, 8), (old.GrantAttemptsPerHour, old.ConsentChoicesPerHour));

        var both = From(("Access:GrantAttemptsPerHour", "7"), ("Privacy:ConsentChoicesPerHour", "8"), ("RateLimits:GrantAttemptsPerHour", "3"), ("RateLimits:ConsentChoicesPerHour", "4"));
        Assert.Equal((3, 4), (both.GrantAttemptsPerHour, both.ConsentChoicesPerHour));

        var none = From();
        Assert.Equal((20, 30), (none.GrantAttemptsPerHour, none.ConsentChoicesPerHour));
    }

    [Fact]
    public void The_portals_own_settings_use_the_RateLimits_section_only()
    {
        var settings = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "portal-appsettings.json")).Build();

        Assert.Null(settings["Access:GrantAttemptsPerHour"]);
        Assert.Null(settings["Privacy:ConsentChoicesPerHour"]);
        foreach (var key in new[] { "LoginsPerMinutePerAddress", "FormPostsPerMinute", "ExportsPerHour", "GrantAttemptsPerHour", "ConsentChoicesPerHour" })
        {
            Assert.NotNull(settings[$"{RateLimitOptions.SectionName}:{key}"]);
        }
    }
}
