namespace BKK.Portal.Application.Invoices;

/// <summary>The Norwegian words for invoice states and ways to pay, the same on the pages and in the PDF.</summary>
public static class InvoiceTexts
{
    public static string Of(InvoiceStatus status) => status switch
    {
        InvoiceStatus.Paid => "Betalt",
        InvoiceStatus.PartlyPaid => "Delvis betalt",
        InvoiceStatus.Overdue => "Forfalt",
        InvoiceStatus.DebtCollection => "Sendt til inkasso",
        InvoiceStatus.Credited => "Kreditert",
        InvoiceStatus.Refund => "Til gode",
        _ => "Ikke forfalt",
    };

    /// <summary>An invoice line's quantity with its unit: kWh to the Wh ("883,676 kWh"), months and pieces whole ("1 mnd").</summary>
    public static string Quantity(decimal quantity, string unit) =>
        quantity.ToString(unit == "kWh" ? "N3" : "0.###", Domain.Common.Norwegian.Culture) + " " + unit;

    /// <summary>A rate as Norwegian percent: 0.25 is "25 %", 0.1111 is "11,11 %".</summary>
    public static string Percent(decimal rate) => (rate * 100).ToString("0.##", Domain.Common.Norwegian.Culture) + " %";

    public static string Of(DeliveryMethod delivery) => delivery switch
    {
        DeliveryMethod.EFaktura => "eFaktura",
        DeliveryMethod.AvtaleGiro => "AvtaleGiro",
        DeliveryMethod.Paper => "Papir",
        _ => "E-post",
    };

    public static string Of(PaymentMethod method) => method switch
    {
        PaymentMethod.AvtaleGiro => "AvtaleGiro",
        PaymentMethod.EFaktura => "eFaktura",
        _ => "Nettbank",
    };

    /// <summary>The status words in the filter of the invoice list, as they appear in its query string.</summary>
    public static IReadOnlyDictionary<string, InvoiceStatus> StatusByWord { get; } = new Dictionary<string, InvoiceStatus>
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
