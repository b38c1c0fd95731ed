namespace BKK.Portal.Web.Tests.Support;

/// <summary>
/// Tests that measure when requests arrive (the SMS gateway's limit per second) run alone, after the others: their
/// test gateway is a server in this process, and the other tests' portals in the same process kept its thread pool
/// busy long enough (0.8 s, once in a CI run) that requests sent evenly were taken in as one burst.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "timing";
}
