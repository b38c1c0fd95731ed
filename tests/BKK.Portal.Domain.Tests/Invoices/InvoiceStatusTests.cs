using BKK.Portal.Domain.Invoices;

namespace BKK.Portal.Domain.Tests.Invoices;

public class InvoiceStatusTests
{
    private static readonly DateOnly Due = new(2026, 11, 20);

    [Theory]
    [InlineData(0, "2026-11-20", InvoiceStatus.Open)]            // due today: not overdue
    [InlineData(0, "2026-11-21", InvoiceStatus.Overdue)]         // the day after
    [InlineData(1000.00, "2026-11-20", InvoiceStatus.Paid)]
    [InlineData(1000.00, "2026-12-31", InvoiceStatus.Paid)]
    [InlineData(999.99, "2026-11-20", InvoiceStatus.PartlyPaid)] // one øre short
    [InlineData(999.99, "2026-11-21", InvoiceStatus.Overdue)]
    [InlineData(1000.01, "2026-11-19", InvoiceStatus.Paid)]      // paid too much is paid
    public void Status_comes_from_due_date_and_payments(double paid, string today, InvoiceStatus status) =>
        Assert.Equal(status, InvoiceStatusRules.StatusOn(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), 1000.00m, (decimal)paid, Due, credited: false, sentToDebtCollection: false));

    [Fact]
    public void Debt_collection_and_credit_are_decisions_that_win() =>
        Assert.Equal(
            [InvoiceStatus.DebtCollection, InvoiceStatus.Credited],
            [
                InvoiceStatusRules.StatusOn(Due.AddDays(60), 1000m, 0, Due, credited: false, sentToDebtCollection: true),
                InvoiceStatusRules.StatusOn(Due.AddDays(60), 1000m, 0, Due, credited: true, sentToDebtCollection: false),
            ]);

    [Theory]
    [InlineData(-0.01, InvoiceStatus.Refund)]
    [InlineData(0.00, InvoiceStatus.Paid)]
    public void A_negative_total_is_owed_to_the_customer_and_never_overdue(double total, InvoiceStatus status) =>
        Assert.Equal(status, InvoiceStatusRules.StatusOn(Due.AddDays(60), (decimal)total, 0, Due, credited: false, sentToDebtCollection: false));
}
