using System.Runtime.InteropServices;

namespace BKK.Portal.Infrastructure.Persistence;

/// <summary>
/// The SQLite functions of the hottest loops (the import's insert, the day sums' read), called on the raw statement
/// pointer: SQLitePCL's own declarations marshal a SafeHandle (two interlocked operations) on every call. A bind or a
/// column read only copies a number into or out of the statement (no I/O, no lock, no callback into .NET), so they are
/// called without the GC transition too; a step can read or write the disk and keeps it. The library is the one
/// Microsoft.Data.Sqlite loads (e_sqlite3 of SQLitePCLRaw.bundle_e_sqlite3). The pointer is valid while its
/// <see cref="SQLitePCL.sqlite3_stmt"/> is not disposed.
/// </summary>
internal static class SqliteNative
{
    private const string Library = "e_sqlite3";

    [DllImport(Library, EntryPoint = "sqlite3_bind_int64", CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
    [SuppressGCTransition]
    [DefaultDllImportSearchPaths(DllImportSearchPath.AssemblyDirectory)]
    public static extern int BindInt64(IntPtr statement, int index, long value);

    [DllImport(Library, EntryPoint = "sqlite3_column_int64", CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
    [SuppressGCTransition]
    [DefaultDllImportSearchPaths(DllImportSearchPath.AssemblyDirectory)]
    public static extern long ColumnInt64(IntPtr statement, int column);

    [DllImport(Library, EntryPoint = "sqlite3_step", CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.AssemblyDirectory)]
    public static extern int Step(IntPtr statement);

    [DllImport(Library, EntryPoint = "sqlite3_reset", CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.AssemblyDirectory)]
    public static extern int Reset(IntPtr statement);
}
