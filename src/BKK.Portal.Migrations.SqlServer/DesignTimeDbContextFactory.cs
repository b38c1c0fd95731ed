using BKK.Portal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BKK.Portal.Migrations.SqlServer;

/// <summary>Lets dotnet-ef build the model for this provider without starting the portal.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PortalDbContext>();
        PortalDbContextConfigurator.Configure(builder, DatabaseProvider.SqlServer, "Server=(local);Database=BkkPortal;Trusted_Connection=True;TrustServerCertificate=True");
        return new PortalDbContext(builder.Options);
    }
}
