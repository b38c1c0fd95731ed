namespace BKK.Portal.Application.Customers;

/// <summary>The logged-in person's display name for the header.</summary>
public sealed class PersonQuery(IPortalDbContext db)
{
    public Task<string?> GetNameAsync(string subject, CancellationToken cancellationToken) =>
        db.People.Where(p => p.Subject == subject).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken);

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
