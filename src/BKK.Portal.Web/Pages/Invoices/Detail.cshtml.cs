using System.Globalization;
using BKK.Portal.Application.Invoices;
using BKK.Portal.Domain.Invoices;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;

namespace BKK.Portal.Web.Pages.Invoices;

/// <summary>
/// One invoice: lines, VAT, KID, payments and status; its PDF; and payment deferral. An unknown,
/// malformed or another relationship's invoice number gets the same 404 page.
/// </summary>
public sealed class DetailModel(CurrentRelationship current, InvoiceQuery query, PaymentDeferralService deferral, IInvoicePdf pdf, PaymentDeferralRules rules, InvoiceIssuer issuer, IStringLocalizer<InvoiceTexts> texts) : PageModel
{
    public PaymentDeferralRules Rules => rules;

    public InvoiceIssuer Issuer => issuer;

    [FromRoute(Name = "nummer")]
    public string? Number { get; set; }

    [BindProperty(Name = "nyForfallsdato")]
    public string? RequestedDueDate { get; set; }

    public InvoiceDetail? Detail { get; private set; }

    public DeferralDecision? Decision { get; private set; }

    public string? DeferralError { get; private set; }

    /// <summary>
    /// A request no handler takes (a POST without the Defer handler) would draw the page without an
    /// invoice: it is 404. (A GET with an unknown handler name, such as a reload of /fakturaer/N/Defer,
    /// is taken by <see cref="OnGetAsync"/>, as Razor Pages does for handlers without a name.)
    /// </summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerMethod is null)
        {
            context.Result = NotFound();
            return;
        }

        await next();
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Detail = await query.GetAsync(await current.GetAsync(cancellationToken), Number, cancellationToken);
        return Detail is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken cancellationToken)
    {
        var detail = await query.GetAsync(await current.GetAsync(cancellationToken), Number, cancellationToken);
        if (detail is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return File(pdf.Render(detail), "application/pdf", texts["Detail.PdfFileName", detail.Invoice.Number].Value);
    }

    public async Task<IActionResult> OnPostDeferAsync(CancellationToken cancellationToken)
    {
        var relationship = await current.GetAsync(cancellationToken);
        if (await query.GetAsync(relationship, Number, cancellationToken) is null)
        {
            return NotFound();
        }

        if (!DateOnly.TryParseExact(RequestedDueDate?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var requested))
        {
            DeferralError = texts["Error.InvalidDueDate"].Value;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        else
        {
            Decision = await deferral.RequestAsync(relationship, Number!, requested, cancellationToken);
        }

        Detail = await query.GetAsync(relationship, Number, cancellationToken);
        return Page();
    }
}
