namespace BKK.Portal.Web.Host;

/// <summary>
/// What the process was started to do, read from its first arguments; the rest are the host's settings
/// (<c>--Database:ConnectionString=...</c>). <c>serve</c> is the default: no command word.
/// </summary>
public sealed record PortalCommand(PortalCommandKind Kind, string[] HostArgs, string? ImportFile = null, bool DryRun = false)
{
    public const string Migrate = "migrate";
    public const string Import = "import";
    public const string Retention = "retention";
    public const string DryRunFlag = "--dry-run";

    public bool Serves => Kind == PortalCommandKind.Serve;

    /// <summary>The command, or null (with the usage on <paramref name="error"/>) when it cannot be run.</summary>
    public static PortalCommand? Parse(string[] args, TextWriter error) => args switch
    {
        [Import, var file, .. var rest] when !file.StartsWith("--", StringComparison.Ordinal) => new(PortalCommandKind.Import, rest, ImportFile: file),
        [Import, ..] => Usage(error, "dotnet run --project src/BKK.Portal.Web -- import FIL [--Database:ConnectionString=...]"),
        [Retention, .. var rest] => new(PortalCommandKind.Retention, [.. rest.Where(a => a != DryRunFlag)], DryRun: rest.Contains(DryRunFlag)),
        [Migrate, .. var rest] => new(PortalCommandKind.Migrate, rest),
        _ => new(PortalCommandKind.Serve, args),
    };

    private static PortalCommand? Usage(TextWriter error, string usage)
    {
        error.WriteLine("Bruk: " + usage);
        return null;
    }
}
