namespace BKK.Portal.Domain.Invoices;

/// <summary>A grid invoice (faktura) of one metering point for one month, with its lines and the payments made to it.</summary>
public sealed class Invoice
{
    private readonly List<InvoiceLine> _lines = [];
    private readonly List<Payment> _payments = [];

    private Invoice()
    {
        Number = string.Empty;
        Kid = null!;
    }

    public Invoice(string number, int customerRelationshipId, int meteringPointKey, InvoiceDraft draft, DateOnly issueDate, DateOnly dueDate, Kid kid, DeliveryMethod delivery)
    {
        Number = number;
        CustomerRelationshipId = customerRelationshipId;
        MeteringPointKey = meteringPointKey;
        PeriodStart = draft.Month;
        IssueDate = issueDate;
        DueDate = dueDate;
        Kid = kid;
        Delivery = delivery;
        EnergyKwh = draft.EnergyKwh;
        AmountExclVat = draft.AmountExclVat;
        VatRate = draft.VatRate;
        Vat = draft.Vat;
        AmountInclVat = draft.AmountInclVat;
        _lines.AddRange(draft.Lines.Select(l => new InvoiceLine(l.Kind, l.Description, l.Quantity, l.Unit, l.UnitPriceNok, l.AmountExclVat)));
    }

    public int Id { get; private set; }

    /// <summary>The invoice number printed on it (8 digits).</summary>
    public string Number { get; private set; }

    public int CustomerRelationshipId { get; private set; }

    public int MeteringPointKey { get; private set; }

    /// <summary>The first day of the month invoiced.</summary>
    public DateOnly PeriodStart { get; private set; }

    public DateOnly PeriodEnd => PeriodStart.AddMonths(1).AddDays(-1);

    public DateOnly IssueDate { get; private set; }

    public DateOnly DueDate { get; private set; }

    /// <summary>The due date before a payment deferral moved it; null when never deferred.</summary>
    public DateOnly? OriginalDueDate { get; private set; }

    /// <summary>Interest of a granted deferral, to be billed on the next invoice.</summary>
    public decimal DeferralInterest { get; private set; }

    public Kid Kid { get; private set; }

    public DeliveryMethod Delivery { get; private set; }

    public decimal EnergyKwh { get; private set; }

    public decimal AmountExclVat { get; private set; }

    /// <summary>The VAT rate the invoice was billed with (0.25 is 25 %).</summary>
    public decimal VatRate { get; private set; }

    public decimal Vat { get; private set; }

    public decimal AmountInclVat { get; private set; }

    public bool SentToDebtCollection { get; private set; }

    public bool Credited { get; private set; }

    /// <summary>Whether the "invoice ready" messages of this invoice have been written (or it was too old to be news).</summary>
    public bool Announced { get; private set; }

    /// <summary>How many days after its issue date an invoice is still news to be told.</summary>
    public const int NewsDays = 14;

    public IReadOnlyList<InvoiceLine> Lines => _lines;

    public IReadOnlyList<Payment> Payments => _payments;

    public decimal Paid => _payments.Sum(p => p.Amount);

    public decimal AmountDue => DueOf(AmountInclVat, Paid);

    /// <summary>What is left to pay of a total when <paramref name="paid"/> has come in; never below 0.</summary>
    public static decimal DueOf(decimal total, decimal paid) => Math.Max(0, total - paid);

    public InvoiceStatus StatusOn(DateOnly today) =>
        InvoiceStatusRules.StatusOn(today, AmountInclVat, Paid, DueDate, Credited, SentToDebtCollection);

    public void Pay(DateOnly paidOn, decimal amount, PaymentMethod method) =>
        _payments.Add(new Payment(paidOn, Money.Round(amount), method, Kid.Value));

    public void SendToDebtCollection() => SentToDebtCollection = true;

    /// <summary>
    /// Whether "a new invoice is ready" is news on <paramref name="today"/>: issued (not in the future), within
    /// <see cref="NewsDays"/> days, not yet due and not credited. An invoice loaded late or from history is not.
    /// </summary>
    public bool IsNewsOn(DateOnly today) =>
        !Credited && IssueDate <= today && IssueDate > today.AddDays(-NewsDays) && DueDate >= today;

    /// <summary>Its messages are written (or it was no news): it is never told again.</summary>
    public void MarkAnnounced() => Announced = true;

    /// <summary>Moves the due date as the policy granted; the interest waits for the next invoice.</summary>
    public void Defer(DeferralDecision decision)
    {
        if (!decision.Granted || OriginalDueDate is not null)
        {
            throw new InvalidOperationException("Only a granted deferral, once per invoice, moves the due date.");
        }

        OriginalDueDate = DueDate;
        DueDate = decision.NewDueDate!.Value;
        DeferralInterest = decision.Interest;
    }
}
