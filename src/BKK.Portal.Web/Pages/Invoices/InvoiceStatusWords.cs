using BKK.Portal.Domain.Invoices;

namespace BKK.Portal.Web.Pages.Invoices;

/// <summary>The status words in the filter of the invoice list, as they appear in its query string.</summary>
public static class InvoiceStatusWords
{
    public static IReadOnlyDictionary<string, InvoiceStatus> ByWord { get; } = new Dictionary<string, InvoiceStatus>
    {
        ["ikke-forfalt"] = InvoiceStatus.Open,
        ["delvis-betalt"] = InvoiceStatus.PartlyPaid,
        ["betalt"] = InvoiceStatus.Paid,
        ["forfalt"] = InvoiceStatus.Overdue,
        ["inkasso"] = InvoiceStatus.DebtCollection,
        ["kreditert"] = InvoiceStatus.Credited,
        ["til-gode"] = InvoiceStatus.Refund,
    };
}
