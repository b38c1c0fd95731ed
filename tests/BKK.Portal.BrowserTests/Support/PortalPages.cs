using Microsoft.Playwright;

namespace BKK.Portal.BrowserTests.Support;

/// <summary>The pages a browser test walks through: every page a visitor and a logged-in customer reach.</summary>
public static class PortalPages
{
    public static IReadOnlyList<string> Anonymous { get; } = ["/driftsmeldinger", "/personvern", "/informasjonskapsler", "/hjelp/maler", "/chat", "/tilgjengelighet", "/logget-ut", "/innlogging-feilet", "/api-dokumentasjon", "/feil/403", "/feil/429", "/feil/503"];

    public static IReadOnlyList<string> Customer { get; } = ["/", "/forbruk", "/forbruk?vis=kr", "/forbruk?periode=dag&vis=kr", "/strompris", "/fakturaer", "/betalinger", "/anlegg", "/henvendelser", "/kundeforhold", "/fullmakt", "/deling-av-data", "/flytting", "/varsler", "/anlegg/avlesning", "/utbetalingskonto"];

    /// <summary>
    /// The customer pages, one invoice's and one inquiry's page (the first in the logged-in person's lists)
    /// and a page that does not exist.
    /// </summary>
    public static async Task<IReadOnlyList<string>> CustomerPagesWithDetailsAsync(IPage page)
    {
        var urls = new List<string>(Customer);
        await page.GotoAsync("/fakturaer");
        var invoice = await page.Locator("[data-testid=invoice-table] tbody th a").First.GetAttributeAsync("href");
        urls.Add(invoice!);
        await page.GotoAsync("/henvendelser");
        urls.Add((await page.Locator("[data-testid=inquiries] tbody a").First.GetAttributeAsync("href"))!);
        urls.Add("/finnes-ikke");
        return urls;
    }

    /// <summary>
    /// Opens every page a visitor reaches, then logs in as Kari and opens every page she reaches (Mine data
    /// included), calling <paramref name="check"/> on each with its URL.
    /// </summary>
    public static async Task VisitEveryPageAsync(IPage page, Func<string, Task> check)
    {
        foreach (var url in Anonymous)
        {
            await page.GotoAsync(url);
            await check(url);
        }

        await new PortalPage(page).LoginAsync("kari");
        foreach (var url in (await CustomerPagesWithDetailsAsync(page)).Append("/mine-data"))
        {
            await page.GotoAsync(url);
            await check(url);
        }
    }
}
