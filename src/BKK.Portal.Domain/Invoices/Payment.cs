namespace BKK.Portal.Domain.Invoices;

public sealed class Payment
{
    private Payment()
    {
        Kid = string.Empty;
    }

    public Payment(DateOnly paidOn, decimal amount, PaymentMethod method, string kid)
    {
        PaidOn = paidOn;
        Amount = amount;
        Method = method;
        Kid = kid;
    }

    public int Id { get; private set; }

    public int InvoiceId { get; private set; }

    public DateOnly PaidOn { get; private set; }

    public decimal Amount { get; private set; }

    public PaymentMethod Method { get; private set; }

    /// <summary>The KID the payment came with.</summary>
    public string Kid { get; private set; }
}
