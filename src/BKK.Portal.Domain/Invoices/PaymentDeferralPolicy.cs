using BKK.Portal.Domain.Common;

namespace BKK.Portal.Domain.Invoices;

/// <summary>
/// A customer invoiced directly may move an open invoice's due date by up to
/// <see cref="PaymentDeferralRules.MaxDays"/> days without a reason, once per invoice, when the
/// amount due is at most <see cref="PaymentDeferralRules.MaxAmountNok"/> and no other invoice is
/// overdue. Interest on the amount for the extra days is added to the next invoice. The messages are
/// in the language of the current request.
/// </summary>
public static class PaymentDeferralPolicy
{
    private static readonly ResourceTexts Texts = new(typeof(DomainTexts));

    /// <summary>The refusal when the invoice has had its one deferral, in the current language.</summary>
    public static string AlreadyDeferred => Texts["Deferral.AlreadyDeferred"];

    public static DeferralDecision Decide(
        PaymentDeferralRules rules, DeferralCandidate invoice, IEnumerable<DeferralCandidate> otherInvoices, DateOnly requestedDueDate, bool invoicedThroughSupplier)
    {
        if (invoicedThroughSupplier)
        {
            return DeferralDecision.Refused(Texts["Deferral.ThroughSupplier"]);
        }

        if (invoice.Status is not (InvoiceStatus.Open or InvoiceStatus.PartlyPaid))
        {
            return DeferralDecision.Refused(Texts["Deferral.NotOpen"]);
        }

        if (invoice.DeferredBefore)
        {
            return DeferralDecision.Refused(AlreadyDeferred);
        }

        if (invoice.AmountDue > rules.MaxAmountNok)
        {
            return DeferralDecision.Refused(Texts.Format("Deferral.AmountTooHigh", rules.MaxAmountNok));
        }

        if (otherInvoices.Any(o => o.InvoiceNumber != invoice.InvoiceNumber && o.Status is InvoiceStatus.Overdue or InvoiceStatus.DebtCollection))
        {
            return DeferralDecision.Refused(Texts["Deferral.OtherOverdue"]);
        }

        var days = requestedDueDate.DayNumber - invoice.DueDate.DayNumber;
        if (days < 1)
        {
            return DeferralDecision.Refused(Texts["Deferral.NotAfterDueDate"]);
        }

        if (days > rules.MaxDays)
        {
            return DeferralDecision.Refused(Texts.Format("Deferral.TooManyDays", rules.MaxDays, invoice.DueDate.AddDays(rules.MaxDays)));
        }

        var interest = Money.Round(invoice.AmountDue * rules.AnnualInterestRate * days / 365m);
        return new DeferralDecision(true, requestedDueDate, interest, Texts.Format("Deferral.Granted", requestedDueDate, interest));
    }
}
