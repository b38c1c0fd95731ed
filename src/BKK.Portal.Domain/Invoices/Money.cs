namespace BKK.Portal.Domain.Invoices;

/// <summary>
/// Money is decimal NOK, and every amount that is shown, stored or summed on an invoice is
/// rounded to whole øre by this one rule: half an øre away from zero.
/// </summary>
public static class Money
{
    public static decimal Round(decimal nok) => Math.Round(nok, 2, MidpointRounding.AwayFromZero);

    /// <summary>The VAT of an amount excl. VAT, in øre.</summary>
    public static decimal Vat(decimal amountExclVat, decimal vatRate) => Round(amountExclVat * vatRate);
}
