using System.Globalization;
using BKK.Portal.Application.Invoices;
using BKK.Portal.Infrastructure.Consumption;
using BKK.Portal.Infrastructure.Persistence;

namespace BKK.Portal.Infrastructure.DemoData;

/// <summary>
/// Bills every demo metering point for every whole month of its three years, from the demo
/// meter values in the database and the configured tariffs, and adds payments: most invoices
/// paid a few days before they are due; the newest of each metering point still running; and
/// one overdue (Ola's flat), one partly paid (Ingrid's home), one sent to debt collection (the
/// bakery, four months back). Homes get strømstøtte; Ola has had Norgespris since it came. Kari's cabin is invoiced through her power supplier, so it has no invoices here. A year back
/// Kari moved the due date of her home's invoice by 30 days, so the invoice after it bills the interest.
/// </summary>
public static class DemoInvoices
{
    public const int DaysToPay = 21;

    public static async Task<int> CreateAsync(PortalDbContext db, DemoDataSet data, MonthlyBilling billing, PaymentDeferralRules deferralRules, DateOnly today, CancellationToken cancellationToken)
    {
        using var readings = new MeterReadings(db);
        var firstMonth = ConsumptionHistory.Earliest(today);
        var number = 30_000_000;
        var invoices = new List<Invoice>();
        foreach (var point in data.MeteringPoints)
        {
            var relationship = point.Relationship;
            if (relationship.CustomerNumber.Value == "10000025")
            {
                relationship.InvoiceThroughSupplier();
                continue; // the supplier sends the cabin's grid invoices (gjennomfakturering): none from us
            }

            if (relationship.CustomerNumber.Value == "10000041" && relationship.NorgesprisFrom is null)
            {
                relationship.ChooseNorgespris(new DateOnly(2025, 10, 1)); // Ola ordered Norgespris when it came
            }

            var delivery = Delivery(relationship.CustomerNumber.Value);
            var firstPointOfRelationship = point.MeteringPoint.Id == data.MeteringPoints.First(p => p.Relationship == relationship).MeteringPoint.Id;
            var pointInvoices = new List<Invoice>();
            for (var month = firstMonth; month.AddMonths(1).AddDays(5) <= today; month = month.AddMonths(1))
            {
                var values = await readings.ReadAsync(point.MeteringPoint.Id, Domain.Consumption.FlowDirection.Consumption, OsloTime.ToUtc(month), OsloTime.ToUtc(month.AddMonths(1)), cancellationToken);
                var draft = pointInvoices.Count == 0
                    ? await billing.BillAsync(relationship, point.MeteringPoint.PriceArea, month, values, 0, cancellationToken)
                    : await billing.BillAfterAsync(relationship, point.MeteringPoint.PriceArea, pointInvoices[^1], values, cancellationToken);
                var issue = month.AddMonths(1).AddDays(4);

                // The newest invoice is always still running, whatever day of the month the demo is seeded.
                var newest = month.AddMonths(2).AddDays(5) > today;
                var due = newest && issue.AddDays(DaysToPay) < today.AddDays(7) ? today.AddDays(7) : issue.AddDays(DaysToPay);
                var invoiceNumber = (++number).ToString(CultureInfo.InvariantCulture);
                var invoice = new Invoice(
                    invoiceNumber, relationship.Id, point.MeteringPoint.Id, draft, issue, due,
                    Kid.For(relationship.CustomerNumber.Value + invoiceNumber), delivery);
                if (relationship.CustomerNumber.Value == "10000017" && firstPointOfRelationship && month == firstMonth.AddMonths(24))
                {
                    // Asked for two days after the invoice came, when every earlier invoice was paid.
                    var asked = issue.AddDays(2);
                    var candidate = new DeferralCandidate(invoice.Number, invoice.DueDate, invoice.AmountDue, invoice.StatusOn(asked), DeferredBefore: false);
                    invoice.Defer(PaymentDeferralPolicy.Decide(deferralRules, candidate, [], invoice.DueDate.AddDays(30), invoicedThroughSupplier: false));
                }

                pointInvoices.Add(invoice);
            }

            Pay(pointInvoices, relationship.CustomerNumber.Value, firstPointOfRelationship, today);
            invoices.AddRange(pointInvoices);
        }

        db.Invoices.AddRange(invoices);
        await db.SaveChangesAsync(cancellationToken);
        return invoices.Count;
    }

    private static void Pay(List<Invoice> invoices, string customerNumber, bool firstPointOfRelationship, DateOnly today)
    {
        for (var i = 0; i < invoices.Count; i++)
        {
            var invoice = invoices[i];
            var newest = i == invoices.Count - 1;
            var method = invoice.Delivery == DeliveryMethod.AvtaleGiro ? PaymentMethod.AvtaleGiro : invoice.Delivery == DeliveryMethod.EFaktura ? PaymentMethod.EFaktura : PaymentMethod.NettbankGiro;
            switch (customerNumber)
            {
                case "10000041" when i == invoices.Count - 2:
                    continue; // Ola's flat: last month's but one is not paid, and overdue
                case "20000016" when firstPointOfRelationship && i == invoices.Count - 4:
                    invoice.SendToDebtCollection();
                    continue;
                case "10000033" when newest:
                    invoice.Pay(invoice.IssueDate.AddDays(3), Money.Round(invoice.AmountInclVat * 0.4m), PaymentMethod.NettbankGiro);
                    continue;
            }

            // A month whose price support exceeds the grid charges is paid out to the customer, not paid in.
            if (!newest && invoice.DueDate.AddDays(-3) <= today && invoice.AmountInclVat > 0)
            {
                invoice.Pay(invoice.DueDate.AddDays(-3), invoice.AmountInclVat, method);
            }
        }
    }

    private static DeliveryMethod Delivery(string customerNumber) => customerNumber switch
    {
        "10000017" => DeliveryMethod.EFaktura,
        "10000041" => DeliveryMethod.AvtaleGiro,
        "10000033" => DeliveryMethod.Paper,
        _ => DeliveryMethod.Email,
    };
}
