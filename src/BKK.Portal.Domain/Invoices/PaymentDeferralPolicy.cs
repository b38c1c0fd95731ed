namespace BKK.Portal.Domain.Invoices;

/// <summary>
/// A customer invoiced directly may move an open invoice's due date by up to
/// <see cref="PaymentDeferralRules.MaxDays"/> days without a reason, once per invoice, when the
/// amount due is at most <see cref="PaymentDeferralRules.MaxAmountNok"/> and no other invoice is
/// overdue. Interest on the amount for the extra days is added to the next invoice.
/// </summary>
public static class PaymentDeferralPolicy
{
    public const string AlreadyDeferred = "Denne fakturaen har allerede fått betalingsutsettelse. Det kan bare gis én gang per faktura.";

    private static readonly System.Globalization.CultureInfo Norwegian = Common.Norwegian.Culture;

    public static DeferralDecision Decide(
        PaymentDeferralRules rules, DeferralCandidate invoice, IEnumerable<DeferralCandidate> otherInvoices, DateOnly requestedDueDate, bool invoicedThroughSupplier)
    {
        if (invoicedThroughSupplier)
        {
            return DeferralDecision.Refused("Du får fakturaen for nettleie fra strømleverandøren din. Spør dem om betalingsutsettelse.");
        }

        if (invoice.Status is not (InvoiceStatus.Open or InvoiceStatus.PartlyPaid))
        {
            return DeferralDecision.Refused("Bare fakturaer som ikke er forfalt og ikke er betalt, kan få betalingsutsettelse.");
        }

        if (invoice.DeferredBefore)
        {
            return DeferralDecision.Refused(AlreadyDeferred);
        }

        if (invoice.AmountDue > rules.MaxAmountNok)
        {
            return DeferralDecision.Refused(string.Create(Norwegian, $"Beløpet er over {rules.MaxAmountNok:N2} kr. Ta kontakt med kundeservice for en avtale."));
        }

        if (otherInvoices.Any(o => o.InvoiceNumber != invoice.InvoiceNumber && o.Status is InvoiceStatus.Overdue or InvoiceStatus.DebtCollection))
        {
            return DeferralDecision.Refused("Du har en annen faktura som er forfalt. Betal den først, eller ta kontakt med kundeservice.");
        }

        var days = requestedDueDate.DayNumber - invoice.DueDate.DayNumber;
        if (days < 1)
        {
            return DeferralDecision.Refused("Den nye forfallsdatoen må være etter fakturaens forfallsdato.");
        }

        if (days > rules.MaxDays)
        {
            return DeferralDecision.Refused(string.Create(Norwegian, $"Forfallsdatoen kan flyttes inntil {rules.MaxDays} dager, til {invoice.DueDate.AddDays(rules.MaxDays):dd.MM.yyyy}."));
        }

        var interest = Money.Round(invoice.AmountDue * rules.AnnualInterestRate * days / 365m);
        return new DeferralDecision(true, requestedDueDate, interest,
            string.Create(Norwegian, $"Ny forfallsdato er {requestedDueDate:dd.MM.yyyy}. Renter på {interest:N2} kr kommer på neste faktura."));
    }
}
