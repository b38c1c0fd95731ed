using BKK.Portal.Application.Access;
using BKK.Portal.Application.Tests.Common;
using BKK.Portal.Application.CustomerService;
using BKK.Portal.Domain.CustomerService;
using BKK.Portal.Domain.Customers;
using BKK.Portal.Infrastructure.DemoData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Application.Tests.CustomerService;

/// <summary>Access on need in the application layer: only staff, only with a reason, only for the window, and never a change.</summary>
public sealed class StaffAccessServiceTests
{
    private static readonly CustomerNumber KariHome = CustomerNumber.Parse("10000017").Value!;

    private sealed class User(StaffMember? staff) : ICurrentUser
    {
        public string? Subject => staff?.Subject ?? DemoPeople.Kari;

        public CustomerNumber? SelectedCustomerNumber => null;

        public StaffMember? Staff => staff;
    }

    private static async Task<TestDatabase> SeededAsync()
    {
        var database = await TestDatabase.CreateAsync();
        var data = DemoDataGenerator.Create(new DateOnly(2026, 11, 25));
        database.Db.AddRange(data.People);
        database.Db.AddRange(data.Relationships);
        database.Db.AddRange(data.Grants);
        await database.Db.SaveChangesAsync();
        return database;
    }

    private static StaffAccessService Service(TestDatabase database, StaffMember? staff, TimeProvider clock) =>
        new(database.Db, new User(staff), clock, Options.Create(new StaffOptions()), new OpenCustomerValidator(TestLocalizer.For<CustomerServiceRuleTexts>()),
            TestLocalizer.For<CustomerServiceRuleTexts>(), NullLogger<StaffAccessService>.Instance);

    [Fact]
    public async Task A_staff_reading_exists_only_within_an_opening_and_changes_nothing()
    {
        await using var database = await SeededAsync();
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero));
        var silje = new StaffMember("staff-1", "Silje", IsLead: false);
        var service = Service(database, silje, clock);

        await Assert.ThrowsAsync<RelationshipAccessDeniedException>(() => service.AuthorizeAsync(KariHome, CancellationToken.None));
        var refused = await service.OpenAsync(KariHome, new OpenCustomer { Reason = StaffAccessReason.Written, Text = "for kort" }, CancellationToken.None);
        Assert.False(refused!.IsValid);
        Assert.Equal(0, await database.Db.StaffAccesses.CountAsync());

        var opened = await service.OpenAsync(KariHome, new OpenCustomer { Reason = StaffAccessReason.Written, Text = "Kunden ringte om fakturaen" }, CancellationToken.None);
        Assert.True(opened!.IsValid);
        var reading = await service.AuthorizeAsync(KariHome, CancellationToken.None);
        Assert.True(reading.Relationship.IsStaffReading);
        Assert.Equal(clock.Now.AddMinutes(30).UtcDateTime, reading.OpenUntilUtc);
        Assert.Throws<RelationshipAccessDeniedException>(reading.Relationship.EnsureCustomerMayChange);

        // Another staff member, another customer, a customer, and the same staff member after the window: refused.
        await Assert.ThrowsAsync<RelationshipAccessDeniedException>(() => Service(database, silje with { Subject = "staff-2" }, clock).AuthorizeAsync(KariHome, CancellationToken.None));
        await Assert.ThrowsAsync<RelationshipAccessDeniedException>(() => service.AuthorizeAsync(CustomerNumber.Parse("10000041").Value!, CancellationToken.None));
        await Assert.ThrowsAsync<RelationshipAccessDeniedException>(() => Service(database, null, clock).AuthorizeAsync(KariHome, CancellationToken.None));
        await Assert.ThrowsAsync<RelationshipAccessDeniedException>(() => Service(database, null, clock).FindAsync(CustomerKeyKind.CustomerNumber, "10000017", CancellationToken.None));
        clock.Now += TimeSpan.FromMinutes(30);
        await Assert.ThrowsAsync<RelationshipAccessDeniedException>(() => service.AuthorizeAsync(KariHome, CancellationToken.None));
    }

    [Fact]
    public async Task The_access_log_is_for_team_leads_and_holders_see_their_own_openings()
    {
        await using var database = await SeededAsync();
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero));
        var silje = new StaffMember("staff-1", "Silje", IsLead: false);
        await Service(database, silje, clock).OpenAsync(KariHome, new OpenCustomer { Reason = StaffAccessReason.Written, Text = "Kunden ringte om fakturaen" }, CancellationToken.None);

        await Assert.ThrowsAsync<RelationshipAccessDeniedException>(() => new StaffAccessLog(database.Db, new User(silje)).ListAsync(new StaffAccessFilter(null, null, null, null), CancellationToken.None));
        var lead = new StaffAccessLog(database.Db, new User(new StaffMember("staff-lead", "Marte", IsLead: true)));
        var rows = await lead.ListAsync(new StaffAccessFilter("staff-1", KariHome, new DateOnly(2026, 11, 29), new DateOnly(2026, 11, 29)), CancellationToken.None);
        Assert.Equal(("Silje", "10000017"), (rows.Single().StaffName, rows.Single().CustomerNumber));
        Assert.Empty(await lead.ListAsync(new StaffAccessFilter(null, null, new DateOnly(2026, 11, 30), null), CancellationToken.None));

        var log = new StaffAccessLog(database.Db, new User(null));
        Assert.Single(await log.OfHolderAsync(DemoPeople.Kari, CancellationToken.None));
        Assert.Empty(await log.OfHolderAsync(DemoPeople.Ola, CancellationToken.None));
    }
}
