using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace BKK.Portal.Infrastructure.Logging;

public static class SerilogSetup
{
    /// <summary>
    /// Console and a rolling file (compact JSON), both behind the redacting sink and written on a background thread, so
    /// that a request does not wait for the console or the disk (Serilog.Sinks.Async; when its buffer of 10,000 events is
    /// full the request waits rather than an event being dropped, and the rest is written when the host stops). Levels come
    /// from the <c>Serilog</c> section; the log folder from <c>Logging:Directory</c>; the console shows every event in
    /// Development and from <c>Logging:ConsoleLevel</c> (Warning by default) elsewhere: the file has them all, and the
    /// console of a container keeps what an operator watching <c>docker-compose logs</c> must see.
    /// </summary>
    public static LoggerConfiguration ConfigurePortalLogging(
        this LoggerConfiguration logger, IConfiguration configuration, string contentRootPath, string applicationName, bool development)
    {
        var files = configuration.GetSection(LogFileOptions.SectionName).Get<LogFileOptions>() ?? new LogFileOptions();
        var directory = Path.GetFullPath(Path.Combine(contentRootPath, files.Directory));
        var consoleLevel = development ? LogEventLevel.Verbose : files.ConsoleLevel;
        var writers = new LoggerConfiguration()
            .MinimumLevel.Verbose()
            .WriteTo.Async(
                a => a
                    .Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {RequestId}{NewLine}{Exception}", restrictedToMinimumLevel: consoleLevel)
                    .WriteTo.File(
                        new CompactJsonFormatter(),
                        Path.Combine(directory, $"{applicationName}-.log"),
                        rollingInterval: RollingInterval.Day,
                        retainedFileCountLimit: 14,
                        shared: true),
                bufferSize: 10_000,
                blockWhenFull: true)
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
