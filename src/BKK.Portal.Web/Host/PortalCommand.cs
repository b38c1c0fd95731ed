using BKK.Portal.Domain.Prices;

namespace BKK.Portal.Web.Host;

/// <summary>
/// What the process was started to do, read from its first arguments; the rest are the host's settings
/// (<c>--Database:ConnectionString=...</c>). <c>serve</c> is the default: no command word.
/// </summary>
public sealed record PortalCommand(PortalCommandKind Kind, string[] HostArgs, string? ImportFile = null, bool DryRun = false, IReadOnlyList<string>? PriceFiles = null, PriceArea? PriceArea = null)
{
    public const string Migrate = "migrate";
    public const string Import = "import";
    public const string Retention = "retention";
    public const string Prices = "prices";
    public const string DaySums = "daysums";
    public const string AreaOption = "--omrade";
    public const string DryRunFlag = "--dry-run";

    public bool Serves => Kind == PortalCommandKind.Serve;

    /// <summary>The command, or null (with the usage on <paramref name="error"/>) when it cannot be run.</summary>
    public static PortalCommand? Parse(string[] args, TextWriter error) => args switch
    {
        [Import, var file, .. var rest] when !file.StartsWith("--", StringComparison.Ordinal) => new(PortalCommandKind.Import, rest, ImportFile: file),
        [Import, ..] => Usage(error, "dotnet run --project src/BKK.Portal.Web -- import FIL [--Database:ConnectionString=...]"),
        [Prices, .. var rest] => ParsePrices(rest, error),
        [Retention, .. var rest] => new(PortalCommandKind.Retention, [.. rest.Where(a => a != DryRunFlag)], DryRun: rest.Contains(DryRunFlag)),
        [Migrate, .. var rest] => new(PortalCommandKind.Migrate, rest),
        [DaySums, .. var rest] => new(PortalCommandKind.DaySums, rest),
        _ => new(PortalCommandKind.Serve, args),
    };

    /// <summary><c>prices [--omrade NO5] FILE... [settings]</c>: the files are the words that are not settings.</summary>
    private static PortalCommand? ParsePrices(string[] rest, TextWriter error)
    {
        const string usage = "dotnet run --project src/BKK.Portal.Web -- prices [--omrade NO1–NO5] FIL... [--Database:ConnectionString=...]";
        var files = new List<string>();
        var hostArgs = new List<string>();
        PriceArea? area = null;
        for (var i = 0; i < rest.Length; i++)
        {
            if (rest[i] == AreaOption)
            {
                area = i + 1 < rest.Length ? PriceAreas.FromName(rest[++i]) : null;
                if (area is null)
                {
                    return Usage(error, usage);
                }
            }
            else if (rest[i].StartsWith("--", StringComparison.Ordinal))
            {
                hostArgs.Add(rest[i]);
            }
            else
            {
                files.Add(rest[i]);
            }
        }

        return files.Count == 0 ? Usage(error, usage) : new(PortalCommandKind.Prices, [.. hostArgs], PriceFiles: files, PriceArea: area);
    }

    private static PortalCommand? Usage(TextWriter error, string usage)
    {
        error.WriteLine("Bruk: " + usage);
        return null;
    }
}
