namespace BKK.Portal.Tests.Shared;

/// <summary>A folder of a test's own under the temp folder, deleted with what is in it (SQLite files included) when done.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix)
    {
        FullName = Path.Combine(Path.GetTempPath(), "bkk-portal-tests", prefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(FullName);
    }

    public string FullName { get; }

    /// <summary>A path inside the folder.</summary>
    public string Combine(params string[] parts) => Path.Combine([FullName, .. parts]);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // pooled connections hold the database files open
        try
        {
            Directory.Delete(FullName, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS to clean up with the temp folder.
        }
    }
}
