namespace BKK.Portal.Web.Tests.Support;

/// <summary>
/// Tests that measure when requests arrive (the SMS gateway's limit per second) run alone: their test gateway is a server
/// in the test process, and the other tests' portals in the same process stalled it long enough (0.8 s, once in a CI
/// run) that requests sent evenly were taken in as one burst. Running after the others in the same process was not
/// enough (it failed once more, with the other tests' hosts still alive): they carry the trait <see cref="Category"/>,
/// and test.sh runs them in a test process of their own.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "timing";

    /// <summary>The trait test.sh runs on its own: <c>[Trait("Category", TimingCollection.Category)]</c>.</summary>
    public const string Category = "Timing";
}
