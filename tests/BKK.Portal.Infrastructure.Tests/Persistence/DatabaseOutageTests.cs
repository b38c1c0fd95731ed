using BKK.Portal.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BKK.Portal.Infrastructure.Tests.Persistence;

/// <summary>Which failures are the database being away (503, try again) and which are bugs (500, alert).</summary>
public sealed class DatabaseOutageTests
{
    [Theory]
    [InlineData(14, true)] // SQLITE_CANTOPEN: the file is gone
    [InlineData(10, true)] // SQLITE_IOERR
    [InlineData(5, true)] // SQLITE_BUSY
    [InlineData(19, false)] // SQLITE_CONSTRAINT: a bug or a race, not an outage
    [InlineData(1, false)] // SQLITE_ERROR: a bad statement
    public void A_database_error_is_an_outage_only_when_the_database_cannot_be_used(int code, bool outage)
    {
        var error = new SqliteException("x", code);

        Assert.Equal(outage, DatabaseOutage.Is(error));
        Assert.Equal(outage, DatabaseOutage.Is(new DbUpdateException("save failed", error)));
    }

    [Fact]
    public void Timeouts_are_outages_and_other_exceptions_are_not()
    {
        Assert.True(DatabaseOutage.Is(new InvalidOperationException("x", new TimeoutException())));
        Assert.False(DatabaseOutage.Is(new InvalidOperationException("x")));
        Assert.False(DatabaseOutage.Is(null));
    }
}
