using Microsoft.Playwright;

namespace BKK.Portal.BrowserTests.Support;

/// <summary>
/// One test's browser context. Call <see cref="Passed"/> at the end of the test; if it was not
/// called, the test failed, and a screenshot and a Playwright trace are kept in test-results/.
/// </summary>
public sealed class BrowserSession(IBrowserContext context, IPage page, string testName) : IAsyncDisposable
{
    private bool _passed;

    public IBrowserContext Context { get; } = context;

    public IPage Page { get; } = page;

    public void Passed() => _passed = true;

    public async ValueTask DisposeAsync()
    {
        if (_passed)
        {
            await Context.Tracing.StopAsync();
        }
        else
        {
            var folder = Path.Combine(FindRepositoryRoot(), "test-results", "browser");
            Directory.CreateDirectory(folder);
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, testName + ".png"), FullPage = true });
            await Context.Tracing.StopAsync(new TracingStopOptions { Path = Path.Combine(folder, testName + ".trace.zip") });
        }

        await Context.DisposeAsync();
    }

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BKK.Portal.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Path.GetTempPath();
    }
}
