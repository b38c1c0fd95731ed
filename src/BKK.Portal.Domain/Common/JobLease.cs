namespace BKK.Portal.Domain.Common;

/// <summary>
/// A lease in the database: with several portal instances, only the holder of an unexpired lease runs
/// the job it names. A holder that dies leaves the lease to expire; then another instance takes it.
/// </summary>
public sealed class JobLease
{
    private JobLease()
    {
        Name = string.Empty;
        Holder = string.Empty;
    }

    public JobLease(string name, string holder, DateTime expiresUtc)
    {
        Name = name;
        Holder = holder;
        ExpiresUtc = expiresUtc;
    }

    public string Name { get; private set; }

    /// <summary>Which instance holds it (machine, process and a random part; no personal data).</summary>
    public string Holder { get; private set; }

    public DateTime ExpiresUtc { get; private set; }
}
