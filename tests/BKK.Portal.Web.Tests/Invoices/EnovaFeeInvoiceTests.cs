using BKK.Portal.Web.Tests.Support;

namespace BKK.Portal.Web.Tests.Invoices;

/// <summary>The Enova fee on the demo's invoices: the bakery pays its share of 800 kr a year per metering point, Kari 1 øre per kWh.</summary>
[Collection(PortalCollection.Name)]
public sealed class EnovaFeeInvoiceTests(PortalFactory factory)
{
    [Theory]
    [InlineData("per", "Enova-avgift, næring (800 kr per år,", "kWh")]
    [InlineData("kari", "Enova-avgift", "mnd")]
    public async Task The_invoice_bills_the_enova_fee_by_customer_type(string user, string text, string notUnit)
    {
        using var client = factory.CreatePortalClient();
        await client.LoginAsync(user);
        var list = await client.GetPageAsync("/fakturaer");
        var link = list.QuerySelector("[data-testid=invoice-table] a[href^='/fakturaer/']")!.GetAttribute("href")!;
        var detail = await client.GetPageAsync(link);
        var enova = detail.QuerySelectorAll("[data-testid=invoice-lines] tbody tr").Where(r => r.TextContent.Contains("Enova", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(enova);
        Assert.StartsWith(text, line.QuerySelector("th, td")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain(notUnit, line.TextContent, StringComparison.Ordinal);
    }
}
