using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace BKK.Portal.Infrastructure.Logging;

public static class SerilogSetup
{
    /// <summary>
    /// Console and a rolling file (compact JSON), both behind the redacting sink. Levels come
    /// from the <c>Serilog</c> section; the log folder from <c>Logging:Directory</c>.
    /// </summary>
    public static LoggerConfiguration ConfigurePortalLogging(
        this LoggerConfiguration logger, IConfiguration configuration, string contentRootPath, string applicationName)
    {
        var files = configuration.GetSection(LogFileOptions.SectionName).Get<LogFileOptions>() ?? new LogFileOptions();
        var directory = Path.GetFullPath(Path.Combine(contentRootPath, files.Directory));
        var writers = new LoggerConfiguration()
            .MinimumLevel.Verbose()
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {RequestId}{NewLine}{Exception}")
            .WriteTo.File(
                new CompactJsonFormatter(),
                Path.Combine(directory, $"{applicationName}-.log"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14,
                shared: true)
            .CreateLogger();

        return logger
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .MinimumLevel.Override("OpenIddict", LogEventLevel.Warning) // its Information events carry whole requests, codes included
            .ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Application", applicationName)
            .WriteTo.Sink(new RedactingSink(writers));
    }
}
