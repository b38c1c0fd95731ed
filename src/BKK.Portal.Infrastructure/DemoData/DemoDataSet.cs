using BKK.Portal.Domain.Access;

namespace BKK.Portal.Infrastructure.DemoData;

public sealed record DemoDataSet(
    IReadOnlyList<Person> People,
    IReadOnlyList<CustomerRelationship> Relationships,
    IReadOnlyList<AccessGrant> Grants,
    IReadOnlyList<DemoMeteringPoint> MeteringPoints);
