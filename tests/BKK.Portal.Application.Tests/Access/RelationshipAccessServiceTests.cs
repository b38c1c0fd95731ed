using BKK.Portal.Application.Access;

using BKK.Portal.Domain.Access;
using BKK.Portal.Domain.Customers;
using BKK.Portal.Infrastructure.DemoData;
using Microsoft.Extensions.Logging.Abstractions;

namespace BKK.Portal.Application.Tests.Access;

public sealed class RelationshipAccessServiceTests
{
    [Fact]
    public async Task Grants_decide_which_relationships_a_person_may_see()
    {
        await using var database = await TestDatabase.CreateAsync();
        var data = DemoDataGenerator.Create(new DateOnly(2026, 11, 25));
        database.Db.AddRange(data.People);
        database.Db.AddRange(data.Relationships);
        database.Db.AddRange(data.Grants);
        await database.Db.SaveChangesAsync();
        var service = new RelationshipAccessService(database.Db, NullLogger<RelationshipAccessService>.Instance);

        var ola = await service.ListGrantedAsync(DemoPeople.Ola, CancellationToken.None);
        var ingridsHome = CustomerNumber.Parse("10000033").Value!;
        var bakery = CustomerNumber.Parse("20000016").Value!;

        Assert.Equal(["10000041", "10000033"], ola.Select(r => r.CustomerNumber.Value));
        Assert.Equal(AccessLevel.Full, (await service.AuthorizeAsync(DemoPeople.Ola, ingridsHome, CancellationToken.None)).Level);
        await Assert.ThrowsAsync<RelationshipAccessDeniedException>(() => service.AuthorizeAsync(DemoPeople.Ola, bakery, CancellationToken.None));
        await Assert.ThrowsAsync<RelationshipAccessDeniedException>(() => service.AuthorizeAsync("someone-else", ingridsHome, CancellationToken.None));
        Assert.Empty(await service.ListGrantedAsync("someone-else", CancellationToken.None));
    }
}
