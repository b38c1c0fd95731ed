using BKK.Portal.Application.Access;

namespace BKK.Portal.Application.Invoices;

public sealed record InvoiceSummary(string Number, DateOnly PeriodStart, DateOnly IssueDate, DateOnly DueDate, decimal AmountInclVat, decimal AmountDue, InvoiceStatus Status, string Address);

/// <summary>
/// The invoices and payments of the authorized relationship. An invoice number of another
/// relationship is simply not found, exactly like one that does not exist; a limited grant
/// (consumption and installations only) sees no invoices at all.
/// </summary>
public sealed class InvoiceQuery(IPortalDbContext db, TimeProvider clock)
{

    public async Task<InvoiceList> ListAsync(AuthorizedRelationship relationship, int? year, InvoiceStatus? status, CancellationToken cancellationToken)
    {
        var today = OsloTime.Today(clock);
        var invoices = await Scoped(relationship).Include(i => i.Payments).AsNoTracking().OrderByDescending(i => i.IssueDate).ThenByDescending(i => i.Number).ToListAsync(cancellationToken);
        var addresses = await Addresses(invoices, cancellationToken);
        var all = invoices.Select(i => new InvoiceSummary(i.Number, i.PeriodStart, i.IssueDate, i.DueDate, i.AmountInclVat, i.AmountDue, i.StatusOn(today), addresses.GetValueOrDefault(i.MeteringPointKey, string.Empty))).ToList();
        var (owed, nextDue) = Owed(all, today);
        return new InvoiceList(
            all.Where(i => (year is null || i.IssueDate.Year == year) && (status is null || i.Status == status)).ToList(),
            all.Select(i => i.IssueDate.Year).Distinct().OrderDescending().ToList(),
            owed,
            nextDue,
            await InvoicedThroughSupplierAsync(relationship, cancellationToken));
    }

    /// <summary>
    /// The overview's account lines: the newest invoice, what is owed and the next due date, the same figures as
    /// <see cref="ListAsync"/> gives, read as one narrow projection (the invoices' own columns and the sum of their
    /// payments) rather than every invoice with its payments as entities.
    /// </summary>
    public async Task<AccountSummary> AccountAsync(AuthorizedRelationship relationship, CancellationToken cancellationToken)
    {
        var today = OsloTime.Today(clock);
        var scoped = Scoped(relationship);
        var invoices = await scoped.OrderByDescending(i => i.IssueDate).ThenByDescending(i => i.Number)
            .Select(i => new { i.Number, i.PeriodStart, i.IssueDate, i.DueDate, i.AmountInclVat, i.Credited, i.SentToDebtCollection, Paid = i.Payments.Sum(p => p.Amount) })
            .ToListAsync(cancellationToken);
        var all = invoices.Select(i =>
            new InvoiceSummary(i.Number, i.PeriodStart, i.IssueDate, i.DueDate, i.AmountInclVat, Invoice.DueOf(i.AmountInclVat, i.Paid),
                InvoiceStatusRules.StatusOn(today, i.AmountInclVat, i.Paid, i.DueDate, i.Credited, i.SentToDebtCollection), string.Empty)).ToList();
        var (owed, nextDue) = Owed(all, today);
        return new AccountSummary(all.FirstOrDefault(), owed, nextDue, await InvoicedThroughSupplierAsync(relationship, cancellationToken));
    }

    /// <summary>What is owed (every invoice not paid, credited or a refund) and the next due date among those not yet due.</summary>
    private static (decimal Owed, DateOnly? NextDue) Owed(IReadOnlyList<InvoiceSummary> invoices, DateOnly today)
    {
        var owed = invoices.Where(i => i.Status is not (InvoiceStatus.Paid or InvoiceStatus.Credited or InvoiceStatus.Refund)).ToList();
        return (owed.Sum(i => i.AmountDue), owed.Where(i => i.DueDate >= today).Select(i => (DateOnly?)i.DueDate).Min());
    }

    /// <summary>Gjennomfakturering: the power supplier sends this relationship's grid invoices.</summary>
    public async Task<bool> InvoicedThroughSupplierAsync(AuthorizedRelationship relationship, CancellationToken cancellationToken) =>
        (await db.RelationshipAsync(relationship, cancellationToken)).InvoicedThroughSupplier;

    public async Task<InvoiceDetail?> GetAsync(AuthorizedRelationship relationship, string? number, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(number) || number.Length != 8 || !number.All(char.IsAsciiDigit))
        {
            return null;
        }

        var invoice = await Scoped(relationship).Include(i => i.Lines).Include(i => i.Payments).AsNoTracking()
            .SingleOrDefaultAsync(i => i.Number == number, cancellationToken);
        if (invoice is null)
        {
            return null;
        }

        var customer = await db.CustomerRelationships.AsNoTracking().Where(r => r.Id == relationship.RelationshipId)
            .Select(r => new { r.HolderName, r.InvoicedThroughSupplier, r.OrganisationNumber }).SingleAsync(cancellationToken);
        var holderAddress = await db.OwnerGrants(relationship.RelationshipId).Select(g => g.Person.Contact).FirstOrDefaultAsync(cancellationToken);
        var point = await db.MeteringPoints.AsNoTracking().Where(m => m.Id == invoice.MeteringPointKey).SingleAsync(cancellationToken);
        var status = invoice.StatusOn(OsloTime.Today(clock));
        return new InvoiceDetail(
            invoice, status, customer.HolderName, relationship.CustomerNumber.Value, point.Address.ToString(), point.MeteringPointId.Formatted,
            customer.InvoicedThroughSupplier,
            status is InvoiceStatus.Open or InvoiceStatus.PartlyPaid && invoice.OriginalDueDate is null)
        {
            Buyer = new InvoiceBuyer(customer.HolderName, holderAddress?.AddressLine, holderAddress?.PostalCode, holderAddress?.PostalPlace, customer.OrganisationNumber?.Formatted),
        };
    }

    public async Task<IReadOnlyList<PaymentRow>> PaymentsAsync(AuthorizedRelationship relationship, CancellationToken cancellationToken)
    {
        var invoices = await Scoped(relationship).Include(i => i.Payments).AsNoTracking().ToListAsync(cancellationToken);
        return invoices.SelectMany(i => i.Payments.Select(p => new PaymentRow(p.PaidOn, p.Amount, p.Method, i.Number, p.Kid)))
            .OrderByDescending(p => p.PaidOn).ThenByDescending(p => p.InvoiceNumber).ToList();
    }

    internal static IQueryable<Invoice> Scoped(IPortalDbContext db, AuthorizedRelationship relationship)
    {
        var maySee = relationship.CoversAccountData;
        return db.Invoices.Where(i => maySee && i.CustomerRelationshipId == relationship.RelationshipId);
    }

    private IQueryable<Invoice> Scoped(AuthorizedRelationship relationship) => Scoped(db, relationship);

    /// <summary>The address of each invoiced metering point, also of one that has since moved to another relationship.</summary>
    private async Task<Dictionary<int, string>> Addresses(IEnumerable<Invoice> invoices, CancellationToken cancellationToken)
    {
        var keys = invoices.Select(i => i.MeteringPointKey).Distinct().ToList();
        return (await db.MeteringPoints.AsNoTracking().Where(m => keys.Contains(m.Id)).ToListAsync(cancellationToken))
            .ToDictionary(m => m.Id, m => m.Address.Street);
    }
}
