namespace BKK.Portal.Application.Customers;

/// <summary>Who a login is: the person behind an identity number (the header's name comes with the grants, from RelationshipAccessService).</summary>
public sealed class PersonQuery(IPortalDbContext db)
{
    /// <summary>
    /// The portal's subject of the person with this national identity number (ID-porten's <c>pid</c> claim);
    /// null when it is malformed or nobody here has it.
    /// </summary>
    public async Task<string?> SubjectByIdentityNumberAsync(string identityNumber, bool allowSynthetic, CancellationToken cancellationToken)
    {
        var parsed = NationalIdentityNumber.Parse(identityNumber, allowSynthetic);
        if (!parsed.IsValid)
        {
            return null;
        }

        var number = parsed.Value!;
        return await db.People.Where(p => p.NationalIdentityNumber == number).Select(p => p.Subject).SingleOrDefaultAsync(cancellationToken);
    }
}
