using System.Collections.Concurrent;
using System.Data.Common;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Web.Tests.Access;

/// <summary>
/// What every logged-in page pays before its own data: the person's name and grants, for the header and for the
/// relationship the page shows, are one query per request (issue 19), not one for each use.
/// </summary>
public sealed class RequestQueryTests(RequestQueryTests.CountingPortal portal) : IClassFixture<RequestQueryTests.CountingPortal>
{
    [Fact]
    public async Task A_logged_in_page_reads_the_persons_name_and_grants_in_one_query()
    {
        using var kari = portal.CreatePortalClient();
        await kari.LoginAsync("kari");
        await kari.GetPageAsync("/anlegg"); // warm: the first request of a client may do one-time work

        portal.Commands.Clear();
        var page = await kari.GetPageAsync("/anlegg");

        Assert.Equal("Kari Nordmann", page.QuerySelector("[data-testid=person-name]")!.TextContent);
        Assert.NotNull(page.QuerySelector("[data-testid=installations]"));
        var personReads = portal.Commands.Where(c => c.Contains("FROM \"People\"", StringComparison.Ordinal) || c.Contains("FROM \"AccessGrants\"", StringComparison.Ordinal)).ToList();
        Assert.True(personReads.Count == 1, $"{personReads.Count} queries of the person or their grants:\n{string.Join("\n---\n", personReads)}");
    }

    /// <summary>The portal, recording the text of every SQL command its contexts run.</summary>
    public sealed class CountingPortal : PortalFactory
    {
        public ConcurrentQueue<string> Commands { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.ConfigureDbContext<PortalDbContext>(o => o.AddInterceptors(new Recorder(Commands))));
        }

        private sealed class Recorder(ConcurrentQueue<string> commands) : DbCommandInterceptor
        {
            public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
            {
                commands.Enqueue(command.CommandText);
                return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
            }
        }
    }
}
