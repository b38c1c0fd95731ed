using BKK.Portal.Domain.Invoices;

namespace BKK.Portal.Domain.Tests.Invoices;

public class PaymentDeferralTests
{
    private static readonly PaymentDeferralRules Rules = PaymentDeferralRules.Example;
    private static readonly DateOnly Due = new(2026, 12, 10);

    private static DeferralCandidate Invoice(decimal amount = 1000m, InvoiceStatus status = InvoiceStatus.Open, bool deferredBefore = false, string number = "1") =>
        new(number, Due, amount, status, deferredBefore);

    private static DeferralDecision Ask(DeferralCandidate invoice, int days, DeferralCandidate[]? others = null, bool supplier = false) =>
        PaymentDeferralPolicy.Decide(Rules, invoice, others ?? [], Due.AddDays(days), supplier);

    [Fact]
    public void Forty_days_is_granted_and_forty_one_refused()
    {
        Assert.True(Ask(Invoice(), 40).Granted);
        var refused = Ask(Invoice(), 41);
        Assert.False(refused.Granted);
        Assert.Contains("inntil 40 dager", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fifteen_thousand_kroner_is_granted_and_one_ore_more_refused()
    {
        Assert.True(Ask(Invoice(15_000.00m), 10).Granted);
        Assert.Contains("Beløpet er over", Ask(Invoice(15_000.01m), 10).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_request_for_the_same_invoice_is_refused() =>
        Assert.Contains("allerede", Ask(Invoice(deferredBefore: true), 10).Message, StringComparison.Ordinal);

    [Fact]
    public void Another_overdue_invoice_stops_it() =>
        Assert.Contains("annen faktura som er forfalt", Ask(Invoice(), 10, [Invoice(number: "2", status: InvoiceStatus.Overdue)]).Message, StringComparison.Ordinal);

    [Fact]
    public void Customers_invoiced_through_their_supplier_are_sent_there() =>
        Assert.Contains("strømleverandøren", Ask(Invoice(), 10, supplier: true).Message, StringComparison.Ordinal);

    [Fact]
    public void A_paid_or_overdue_invoice_cannot_be_deferred()
    {
        Assert.False(Ask(Invoice(status: InvoiceStatus.Paid), 10).Granted);
        Assert.False(Ask(Invoice(status: InvoiceStatus.Overdue), 10).Granted);
    }

    [Fact]
    public void Interest_is_the_rate_for_the_extra_days()
    {
        var decision = Ask(Invoice(10_000m), 40);

        Assert.Equal(Due.AddDays(40), decision.NewDueDate);
        Assert.Equal(95.89m, decision.Interest); // 10,000 × 8.75 % × 40 / 365 = 95.890…
    }
}
