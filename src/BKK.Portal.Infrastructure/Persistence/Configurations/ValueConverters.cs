using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BKK.Portal.Infrastructure.Persistence.Configurations;

/// <summary>Identifiers are stored as their digits and read back through their own parser.</summary>
internal static class ValueConverters
{
    // What is in the database was validated on the way in; synthetic numbers exist only in demo databases.
    public static readonly ValueConverter<NationalIdentityNumber, string> NationalIdentityNumber =
        new(v => v.Value, s => Domain.Customers.NationalIdentityNumber.Parse(s, true).GetValueOrThrow());

    public static readonly ValueConverter<CustomerNumber, string> CustomerNumber =
        new(v => v.Value, s => Domain.Customers.CustomerNumber.Parse(s).GetValueOrThrow());

    public static readonly ValueConverter<OrganisationNumber?, string?> OrganisationNumber =
        new(v => v == null ? null : v.Value, s => s == null ? null : Domain.Customers.OrganisationNumber.Parse(s).GetValueOrThrow());

    public static readonly ValueConverter<MeteringPointId, string> MeteringPointId =
        new(v => v.Value, s => Domain.Meters.MeteringPointId.Parse(s).GetValueOrThrow());
}
