namespace BKK.Portal.Domain.Invoices;

/// <summary>The rules of payment deferral (betalingsutsettelse), as configuration.</summary>
public sealed record PaymentDeferralRules(int MaxDays, decimal MaxAmountNok, decimal AnnualInterestRate)
{
    /// <summary>One company's rules: up to 40 days, at most 15,000 kr, 8.75 % a year.</summary>
    public static PaymentDeferralRules Example { get; } = new(40, 15_000m, 0.0875m);
}

/// <summary>What the policy needs to know of the invoice asked about and of the relationship's other invoices.</summary>
public sealed record DeferralCandidate(string InvoiceNumber, DateOnly DueDate, decimal AmountDue, InvoiceStatus Status, bool DeferredBefore);

/// <summary>The answer, at once: the new due date and the interest, or the rule that stopped it (in Norwegian).</summary>
public sealed record DeferralDecision(bool Granted, DateOnly? NewDueDate, decimal Interest, string Message)
{
    public static DeferralDecision Refused(string message) => new(false, null, 0, message);
}

/// <summary>
/// A customer invoiced directly may move an open invoice's due date by up to
/// <see cref="PaymentDeferralRules.MaxDays"/> days without a reason, once per invoice, when the
/// amount due is at most <see cref="PaymentDeferralRules.MaxAmountNok"/> and no other invoice is
/// overdue. Interest on the amount for the extra days is added to the next invoice.
/// </summary>
public static class PaymentDeferralPolicy
{
    public const string AlreadyDeferred = "Denne fakturaen har allerede fått betalingsutsettelse. Det kan bare gis én gang per faktura.";

    private static readonly System.Globalization.CultureInfo Norwegian = System.Globalization.CultureInfo.GetCultureInfo("nb-NO");

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
