namespace BKK.Portal.Infrastructure.Persistence;

/// <summary>The <c>Database</c> section of the configuration.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For SQL Server; for SQLite it may be left out and the file goes to <see cref="DataDirectory"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Folder of the embedded SQLite database, relative to the content root.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Apply pending migrations at start (the embedded default; production migrates with a script).</summary>
    public bool MigrateAtStart { get; set; } = true;

    /// <summary>
    /// SQL Server, the `migrate` command only: the login the portals connect with, created (or given its
    /// password again) with read and write rights and nothing more, while migrate itself runs as the admin.
    /// </summary>
    public string? PortalLogin { get; set; }

    /// <summary>A file holding <see cref="PortalLogin"/>'s password (a compose secret).</summary>
    public string? PortalLoginPasswordFile { get; set; }
}
