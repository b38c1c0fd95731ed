using BKK.Portal.Application.Invoices;
using BKK.Portal.Domain.Invoices;
using Microsoft.Extensions.Localization;

namespace BKK.Portal.Web.Pages.Invoices;

/// <summary>Fakturaer: the relationship's invoices, newest first, by year and status, with what is owed and the next due date.</summary>
public sealed class IndexModel(CurrentRelationship current, InvoiceQuery query, IStringLocalizer<InvoiceTexts> texts) : PageModel
{
    [FromQuery(Name = "ar")]
    public string? YearText { get; set; }

    [FromQuery(Name = "status")]
    public string? StatusText { get; set; }

    public InvoiceList? List { get; private set; }

    public string? Error { get; private set; }

    public bool LimitedAccess { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var relationship = await current.GetAsync(cancellationToken);
        if (!relationship.CoversAccountData)
        {
            LimitedAccess = true;
            return Page();
        }

        int? year = null;
        InvoiceStatus? status = null;
        if (!string.IsNullOrEmpty(YearText))
        {
            if (!int.TryParse(YearText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) || y is < 2000 or > 2100)
            {
                return BadInput(texts["Error.InvalidYear"].Value);
            }

            year = y;
        }

        if (!string.IsNullOrEmpty(StatusText))
        {
            if (!InvoiceStatusWords.ByWord.TryGetValue(StatusText, out var s))
            {
                return BadInput(texts["Error.UnknownStatus"].Value);
            }

            status = s;
        }

        List = await query.ListAsync(relationship, year, status, cancellationToken);
        return Page();
    }

    private PageResult BadInput(string message)
    {
        Error = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
