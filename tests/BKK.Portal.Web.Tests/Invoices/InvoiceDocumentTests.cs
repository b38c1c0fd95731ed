using System.Globalization;
using BKK.Portal.Application.Access;
using BKK.Portal.Domain.Invoices;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace BKK.Portal.Web.Tests.Invoices;

/// <summary>
/// The invoice PDF as a sales document (bokføringsforskriften § 5-1-1): the seller with its organisation number, MVA and
/// Foretaksregisteret; the buyer with its address (and organisation number for a business) in the envelope's window;
/// number, dates, what was delivered where and when, the amount, the VAT per rate and the due date. Read back with PdfPig.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class InvoiceDocumentTests(PortalFactory factory)
{
    [Theory]
    [InlineData("kari", "10000017")]
    [InlineData("per", "20000016")]
    public async Task The_pdf_holds_every_field_a_sales_document_must_show(string user, string customerNumber)
    {
        var (invoice, point) = await FirstInvoiceOfAsync(customerNumber);
        var buyer = await BuyerLinesAsync(customerNumber);
        using var client = factory.CreatePortalClient();
        await client.LoginAsync(user);
        using var pdf = PdfDocument.Open(await client.Http.GetByteArrayAsync($"/fakturaer/{invoice.Number}/pdf"));
        var text = string.Join('\n', pdf.GetPages().Select(p => p.Text)).Replace('\u00a0', ' ');

        string[] seller = ["BKK Nett AS", "Postboks 7050", "5020 Bergen", "Org.nr. 976 944 682 MVA", "Foretaksregisteret"];
        string Date(DateOnly d) => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        string Nok(decimal amount) => amount.ToString("N2", CultureInfo.GetCultureInfo("nb-NO")).Replace('\u00a0', ' ');
        string[] invoiceFields =
        [
            invoice.Number, Date(invoice.IssueDate), Date(invoice.DueDate), invoice.Kid.Value, customerNumber,
            "Nettleie", point.MeteringPointId.Formatted, point.Address.ToString(), Date(invoice.PeriodStart), Date(invoice.PeriodEnd),
            $"Merverdiavgift 25 % av {Nok(invoice.AmountExclVat - invoice.Lines.Where(l => l.Kind == InvoiceLineKind.DeferralInterest).Sum(l => l.AmountExclVat))}",
            Nok(invoice.Vat), Nok(invoice.AmountInclVat),
        ];
        Assert.All(seller.Concat(buyer).Concat(invoiceFields), field => Assert.Contains(field, text, StringComparison.Ordinal));
        if (!buyer.Any(b => b.StartsWith("Org.nr.", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain("Org.nr. 9", text.Replace("Org.nr. 976 944 682 MVA", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal); // a household has none
        }
    }

    [Theory]
    [InlineData("kari", "10000017")]
    [InlineData("per", "20000016")]
    public async Task The_buyers_address_lies_in_the_window_of_a_C5_E65_envelope(string user, string customerNumber)
    {
        var buyer = await BuyerLinesAsync(customerNumber);
        // A4 folded in three into a C5/E65 envelope: the window is 20–110 mm from the left and 45–90 mm from the top.
        var (invoice, _) = await FirstInvoiceOfAsync(customerNumber);
        using var client = factory.CreatePortalClient();
        await client.LoginAsync(user);
        var bytes = await client.Http.GetByteArrayAsync($"/fakturaer/{invoice.Number}/pdf");
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "documents"));
        await File.WriteAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "documents", $"faktura-{user}.pdf"), bytes); // to look at
        using var pdf = PdfDocument.Open(bytes);
        var page = pdf.GetPage(1);
        static double Mm(double points) => points * 25.4 / 72;
        var words = page.GetWords().ToList();
        foreach (var line in buyer)
        {
            var parts = line.Split(' ');
            var start = words.FindIndex(w => w.Text == parts[0] && words.Skip(words.IndexOf(w)).Take(parts.Length).Select(x => x.Text).SequenceEqual(parts));
            Assert.True(start >= 0, $"«{line}» is not on the page");
            foreach (var word in words.Skip(start).Take(parts.Length))
            {
                var box = word.BoundingBox;
                Assert.InRange(Mm(box.Left), 20, 110);
                Assert.InRange(Mm(box.Right), 20, 110);
                Assert.InRange(Mm(page.Height - box.Top), 45, 90);
                Assert.InRange(Mm(page.Height - box.Bottom), 45, 90);
            }
        }

        // Nothing else shows through the window.
        var inWindow = words.Where(w => Mm(w.BoundingBox.Left) < 110 && Mm(page.Height - w.BoundingBox.Top) is > 45 and < 90).Select(w => w.Text);
        Assert.Equal(buyer.SelectMany(l => l.Split(' ')).Order(StringComparer.Ordinal), inWindow.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_portal_does_not_start_when_the_sellers_organisation_number_fails_its_check_digit()
    {
        using var portal = new IssuerPortal("976 944 683");
        var error = Assert.ThrowsAny<Exception>(() => portal.CreateClient());
        var messages = string.Join(" | ", Chain(error).Select(e => e.Message));
        Assert.Contains("Invoices:Issuer:OrganisationNumber", messages, StringComparison.Ordinal);
    }

    /// <summary>
    /// The buyer's block as the holder's data is now (another test may have changed the contact data): name, a business's
    /// organisation number, street, postal code and place. The demo's are "Kari Nordmann, Fjellveien 12, 5019 Bergen" and
    /// "Bakke Bakeri AS, Org.nr. 914 588 200, Strandgaten 20, 5013 Bergen".
    /// </summary>
    private async Task<string[]> BuyerLinesAsync(string customerNumber)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var number = Domain.Customers.CustomerNumber.Parse(customerNumber).Value!;
        var relationship = await db.CustomerRelationships.AsNoTracking().SingleAsync(r => r.CustomerNumber == number);
        var contact = await db.OwnerGrants(relationship.Id).Select(g => g.Person.Contact).FirstAsync();
        return new[]
        {
            relationship.HolderName, relationship.OrganisationNumber is { } org ? $"Org.nr. {org.Formatted}" : null, contact.AddressLine, $"{contact.PostalCode} {contact.PostalPlace}",
        }.OfType<string>().ToArray();
    }

    private static IEnumerable<Exception> Chain(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
        {
            yield return error;
        }
    }

    private async Task<(Invoice Invoice, Domain.Meters.MeteringPoint Point)> FirstInvoiceOfAsync(string customerNumber)
    {
        var invoice = await PortalDatabase.FirstInvoiceOfAsync(factory, customerNumber);
        Domain.Meters.MeteringPoint? point = null;
        await PortalDatabase.ChangeAsync(factory, async db => point = await db.MeteringPoints.AsNoTracking().SingleAsync(m => m.Id == invoice.MeteringPointKey));
        return (invoice, point!);
    }

    private sealed class IssuerPortal(string organisationNumber) : PortalFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Invoices:Issuer:OrganisationNumber", organisationNumber)];
    }
}
