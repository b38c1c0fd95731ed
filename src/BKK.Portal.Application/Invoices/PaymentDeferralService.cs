using BKK.Portal.Application.Access;

namespace BKK.Portal.Application.Invoices;

/// <summary>Payment deferral asked for in the portal: decided at once by the configured rules, and saved when granted.</summary>
public sealed class PaymentDeferralService(IPortalDbContext db, PaymentDeferralRules rules, TimeProvider clock)
{
    /// <returns>Null when the relationship has no such invoice (404).</returns>
    public async Task<DeferralDecision?> RequestAsync(AuthorizedRelationship relationship, string number, DateOnly requestedDueDate, CancellationToken cancellationToken)
    {
        relationship.EnsureCustomerMayChange(); // customer service reads, never changes
        var today = OsloTime.Today(clock);
        var invoices = await InvoiceQuery.Scoped(db, relationship).Include(i => i.Payments).ToListAsync(cancellationToken);
        var invoice = invoices.SingleOrDefault(i => i.Number == number);
        if (invoice is null)
        {
            return null;
        }

        var throughSupplier = await db.CustomerRelationships.Where(r => r.Id == relationship.RelationshipId).Select(r => r.InvoicedThroughSupplier).SingleAsync(cancellationToken);
        DeferralCandidate Candidate(Invoice i) => new(i.Number, i.DueDate, i.AmountDue, i.StatusOn(today), i.OriginalDueDate is not null);
        var decision = PaymentDeferralPolicy.Decide(rules, Candidate(invoice), invoices.Select(Candidate), requestedDueDate, throughSupplier);
        if (decision.Granted)
        {
            invoice.Defer(decision);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another request moved the due date a moment ago; that deferral stands, this one is refused.
                return DeferralDecision.Refused(PaymentDeferralPolicy.AlreadyDeferred);
            }
        }

        return decision;
    }
}
