using BKK.Portal.Application.Common;
using BKK.Portal.Application.Consumption;
using BKK.Portal.Application.Invoices;
using BKK.Portal.Infrastructure.Consumption;
using BKK.Portal.Infrastructure.Invoices;
using BKK.Portal.Infrastructure.Prices;
using BKK.Portal.Application.Prices;
using BKK.Portal.Infrastructure.DemoData;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Infrastructure.Notifications;
using BKK.Portal.Application.Notifications;
using BKK.Portal.Domain.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BKK.Portal.Infrastructure;

public static class DependencyInjection
{
    /// <summary>The database, the Data Protection keys in it (encrypted with a certificate where <c>requireKeyCertificate</c>: Production), demo data and import.</summary>
    public static IServiceCollection AddPortalInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRootPath, bool requireKeyCertificate = false)
    {
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.SectionName));
        var connectionString = ResolveConnectionString(options, contentRootPath);

        // Contexts are pooled: a request takes one that is reset, instead of building one (and finding its internal
        // services by its options) every time. The context holds no state of its own beyond EF Core's, which the pool resets.
        services.AddDbContextPool<PortalDbContext>(builder => PortalDbContextConfigurator.Configure(builder, options.Provider, connectionString));
        services.AddScoped<IPortalDbContext>(sp => sp.GetRequiredService<PortalDbContext>());
        services.AddScoped<DemoDataSeeder>();
        services.Configure<DemoDataOptions>(configuration.GetSection(DemoDataOptions.SectionName));
        services.AddScoped<IMeterReadings, MeterReadings>();
        services.AddScoped<IMeterValueWriter, MeterValueWriter>();
        services.AddScoped<MeterDaySumWriter>();
        services.AddScoped<IMeterDaySums>(sp => sp.GetRequiredService<MeterDaySumWriter>());
        services.AddSingleton<IInvoicePdf, InvoicePdf>();
        services.AddSingleton<Application.Requests.IReadingPhotos, Requests.SkiaReadingPhotos>();
        services.AddScoped<SpotPriceReader>();
        services.AddSingleton<CachedSpotPrices.Store>();
        services.AddScoped<ISpotPrices, CachedSpotPrices>();
        services.AddScoped<ISpotPriceWriter, SpotPriceWriter>();
        // One key ring for every instance, in the database they share (see docs/operations.md on rotation).
        var keys = services.AddDataProtection()
            .SetApplicationName("BKK.Portal")
            .PersistKeysToDbContext<PortalDbContext>();
        KeyEncryptionOptions.Apply(keys, configuration, requireKeyCertificate);
        services.Configure<KeyEncryptionOptions>(configuration.GetSection(KeyEncryptionOptions.SectionName));
        AddMessageChannels(services, configuration, contentRootPath);
        services.AddHealthChecks()
            .AddDbContextCheck<PortalDbContext>("database", HealthStatus.Unhealthy, ["ready"]);
        return services;
    }

    /// <summary>
    /// E-mail through the SMTP server of <c>Smtp:Host</c>, SMS through the gateway of <c>Sms:Endpoint</c>; either one
    /// not configured writes its messages to <see cref="NotificationOptions.Folder"/> instead (development).
    /// </summary>
    private static void AddMessageChannels(IServiceCollection services, IConfiguration configuration, string contentRootPath)
    {
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.SectionName));
        services.Configure<SmsGatewayOptions>(configuration.GetSection(SmsGatewayOptions.SectionName));
        services.AddSingleton<IUnsubscribeLinks, DataProtectionUnsubscribeLinks>();
        services.AddScoped<IOutboxWriter, OutboxWriter>();
        var notifications = configuration.GetSection(NotificationOptions.SectionName).Get<NotificationOptions>() ?? new NotificationOptions();
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var folder = Path.GetFullPath(Path.Combine(contentRootPath, notifications.Folder ?? Path.Combine(database.DataDirectory, "outbox")));
        if (string.IsNullOrWhiteSpace(configuration[$"{SmtpOptions.SectionName}:{nameof(SmtpOptions.Host)}"]))
        {
            services.AddSingleton<IMessageChannel>(new FolderChannel(NotificationChannel.Email, folder));
        }
        else
        {
            services.AddSingleton<IMessageChannel, SmtpEmailChannel>();
        }

        if (string.IsNullOrWhiteSpace(configuration[$"{SmsGatewayOptions.SectionName}:{nameof(SmsGatewayOptions.Endpoint)}"]))
        {
            services.AddSingleton<IMessageChannel>(new FolderChannel(NotificationChannel.Sms, folder));
        }
        else
        {
            // The channel keeps its own time limit per request; the client's own is only a backstop.
            services.AddHttpClient(nameof(HttpSmsChannel), client => client.Timeout = Timeout.InfiniteTimeSpan);
            services.AddSingleton<IMessageChannel, HttpSmsChannel>();
        }
    }

    /// <summary>SQL Server needs a connection string; SQLite defaults to a file in the data folder.</summary>
    public static string ResolveConnectionString(DatabaseOptions options, string contentRootPath)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString;
        }

        if (options.Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException("Database:ConnectionString must be set for the SqlServer provider.");
        }

        var folder = Path.GetFullPath(Path.Combine(contentRootPath, options.DataDirectory));
        Directory.CreateDirectory(folder);
        // ReadWrite, not ReadWriteCreate: a database file that has gone away is an outage (503), never a
        // new empty database; the initializer creates the file on the first start.
        return $"Data Source={Path.Combine(folder, "portal.db")};Mode=ReadWrite";
    }
}
