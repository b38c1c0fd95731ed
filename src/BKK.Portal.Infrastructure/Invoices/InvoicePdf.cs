using System.Globalization;
using BKK.Portal.Application.Common;
using BKK.Portal.Application.Invoices;
using Microsoft.Extensions.Localization;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace BKK.Portal.Infrastructure.Invoices;

/// <summary>
/// The invoice as an A4 PDF with PDFsharp (MIT licence, ADR 0011): the parties, invoice number,
/// KID, dates, the lines, VAT and total, and the payments. Fonts are embedded in the assembly,
/// so the document looks the same on every machine. Texts, numbers and dates are in the language of the
/// request (<see cref="InvoicePdfTexts"/>), the lines named by <see cref="DisplayNames.Of(InvoiceLine)"/>.
/// </summary>
public sealed class InvoicePdf(InvoiceIssuer issuer, IStringLocalizer<InvoicePdfTexts> texts) : IInvoicePdf
{
    private const string Family = "Liberation Sans";
    private static readonly Lock FontLock = new();

    public byte[] Render(InvoiceDetail detail)
    {
        lock (FontLock)
        {
            GlobalFontSettings.FontResolver ??= new EmbeddedFontResolver();
        }

        var invoice = detail.Invoice;
        using var document = new PdfDocument();
        document.Info.Title = texts["DocumentTitle", invoice.Number];
        document.Info.Author = issuer.Name;
        document.Internals.Catalog.Elements.SetString("/Lang", Languages.Tag(Languages.Current)); // what a screen reader reads it as
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        using var gfx = XGraphics.FromPdfPage(page);
        var regular = new XFont(Family, 10);
        var small = new XFont(Family, 9);
        var bold = new XFont(Family, 10, XFontStyleEx.Bold);
        var title = new XFont(Family, 18, XFontStyleEx.Bold);
        double left = Mm(20), right = page.Width.Point - Mm(18);

        // The seller, as a sales document must name it: name, address, organisation number with MVA, Foretaksregisteret.
        var y = Mm(15);
        gfx.DrawString(issuer.Name, bold, XBrushes.Black, left, y);
        foreach (var line in new[] { issuer.AddressLine, $"{issuer.PostalCode} {issuer.PostalPlace}".Trim(), issuer.VatLine, ForetaksregisteretLine })
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                gfx.DrawString(line, small, XBrushes.Black, left, y += 11);
            }
        }

        // The buyer where the window of a C5/E65 envelope is (A4 folded in three: 20–110 mm from the left, 45–90 mm from the
        // top), 5 mm inside its edge so that a letter that slides in the envelope still shows all of it.
        y = Mm(BuyerTopMm);
        var buyerLeft = Mm(25);
        var buyer = detail.Buyer ?? new InvoiceBuyer(detail.HolderName, null, null, null, null);
        foreach (var line in new[] { buyer.Name, buyer.OrganisationNumberFormatted is { } org ? texts["Value.BuyerOrganisation", org].Value : null, buyer.AddressLine, $"{buyer.PostalCode} {buyer.PostalPlace}".Trim() })
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                gfx.DrawString(line, regular, XBrushes.Black, buyerLeft, y += 13);
            }
        }

        // The invoice's facts to the right of the window.
        double factsLeft = Mm(118), factsValue = Mm(150);
        y = Mm(45);
        gfx.DrawString(texts["Heading"], title, XBrushes.Black, factsLeft, y);
        y += 8;
        foreach (var (label, value) in new (string, string)[]
        {
            (texts["Label.InvoiceNumber"], invoice.Number),
            (texts["Label.IssueDate"], Date(invoice.IssueDate)),
            (texts["Label.DueDate"], Date(invoice.DueDate)),
            (texts["Label.Kid"], invoice.Kid.Value),
            (texts["Label.CustomerNumber"], detail.CustomerNumber),
            (texts["Label.Status"], DisplayNames.Of(detail.Status)),
        })
        {
            gfx.DrawString(label, bold, XBrushes.Black, factsLeft, y += 14);
            gfx.DrawString(value, regular, XBrushes.Black, factsValue, y);
        }

        // What was delivered, where and for which period.
        y = Mm(100);
        foreach (var (label, value) in new (string, string)[]
        {
            (texts["Label.Delivery"], texts["Value.Delivery"]),
            (texts["Label.Installation"], texts["Value.Installation", detail.Address, detail.MeteringPointId]),
            (texts["Label.Period"], texts["Value.Period", Date(invoice.PeriodStart), Date(invoice.PeriodEnd)]),
        })
        {
            gfx.DrawString(label, bold, XBrushes.Black, left, y);
            gfx.DrawString(value, regular, XBrushes.Black, left + 90, y);
            y += 15;
        }

        y += 15;
        double[] columns = [left, left + 250, left + 320, left + 400];
        gfx.DrawString(texts["Column.Description"], bold, XBrushes.Black, columns[0], y);
        DrawRight(gfx, texts["Column.Quantity"], bold, columns[2] - 10, y);
        DrawRight(gfx, texts["Column.Price"], bold, columns[3] - 10, y);
        DrawRight(gfx, texts["Column.Amount"], bold, right, y);
        gfx.DrawLine(XPens.Black, left, y + 4, right, y + 4);
        y += 18;
        foreach (var line in invoice.Lines)
        {
            gfx.DrawString(DisplayNames.Of(line), regular, XBrushes.Black, columns[0], y);
            DrawRight(gfx, DisplayNames.Quantity(line.Quantity, line.Unit), regular, columns[2] - 10, y);
            DrawRight(gfx, line.UnitPriceNok.ToString("N4", CultureInfo.CurrentCulture), regular, columns[3] - 10, y);
            DrawRight(gfx, DisplayNames.Nok2(line.AmountExclVat), regular, right, y);
            y += 15;
        }

        gfx.DrawLine(XPens.Black, left, y - 8, right, y - 8);
        y += 6;
        var exempt = invoice.Lines.Where(l => l.Kind == InvoiceLineKind.DeferralInterest).Sum(l => l.AmountExclVat);
        var totals = new List<(string, decimal, XFont)>
        {
            (texts["Total.ExclVat"], invoice.AmountExclVat, regular),
            (texts["Total.VatOn", DisplayNames.Percent(invoice.VatRate), DisplayNames.Nok2(invoice.AmountExclVat - exempt)], invoice.Vat, regular),
        };
        if (exempt != 0)
        {
            totals.Add((texts["Total.VatExempt", DisplayNames.Nok2(exempt)], 0m, regular));
        }

        totals.Add((invoice.AmountInclVat < 0 ? texts["Total.Refund"] : texts["Total.Total"], invoice.AmountInclVat, bold));
        foreach (var (label, amount, font) in totals)
        {
            gfx.DrawString(label, font, XBrushes.Black, columns[1], y);
            DrawRight(gfx, DisplayNames.Nok2(amount), font, right, y);
            y += 15;
        }

        y += 15;
        var howToPay = detail.Status switch
        {
            InvoiceStatus.Refund => texts["HowToPay.Refund", DisplayNames.Nok2(-invoice.AmountInclVat)],
            InvoiceStatus.Paid => texts["HowToPay.Paid", invoice.Kid.Value],
            InvoiceStatus.Credited => texts["HowToPay.Credited", invoice.Kid.Value],
            _ => texts["HowToPay.Pay", DisplayNames.Nok2(invoice.AmountDue), Date(invoice.DueDate), issuer.BankAccount.Formatted, invoice.Kid.Value],
        };
        gfx.DrawString(howToPay, regular, XBrushes.Black, left, y);
        if (invoice.Payments.Count > 0)
        {
            y += 30;
            gfx.DrawString(texts["Payments"], bold, XBrushes.Black, left, y);
            foreach (var payment in invoice.Payments)
            {
                y += 15;
                gfx.DrawString($"{Date(payment.PaidOn)}  {DisplayNames.Nok2(payment.Amount)}", regular, XBrushes.Black, left, y);
            }
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    /// <summary>Where the buyer's address block begins, mm from the top: inside the window of a C5/E65 envelope (45–90 mm).</summary>
    public const double BuyerTopMm = 48;

    /// <summary>The register a limited company is in: printed as its name in every language.</summary>
    private const string ForetaksregisteretLine = "Foretaksregisteret";

    private static double Mm(double mm) => mm * 72 / 25.4;

    private string Date(DateOnly date) => date.ToString(texts["Format.Date"], CultureInfo.CurrentCulture);

    private static void DrawRight(XGraphics gfx, string text, XFont font, double right, double y)
    {
        var width = gfx.MeasureString(text, font).Width;
        gfx.DrawString(text, font, XBrushes.Black, right - width, y);
    }

    /// <summary>Liberation Sans from the assembly's resources, for every family PDFsharp asks for.</summary>
    private sealed class EmbeddedFontResolver : IFontResolver
    {
        public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
            new(isBold ? "LiberationSans-Bold" : "LiberationSans-Regular");

        public byte[] GetFont(string faceName)
        {
            using var stream = typeof(InvoicePdf).Assembly.GetManifestResourceStream($"BKK.Portal.Infrastructure.Invoices.Fonts.{faceName}.ttf")
                ?? throw new InvalidOperationException($"The font {faceName} is not embedded.");
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            return memory.ToArray();
        }
    }
}
