using BKK.Portal.Application.Privacy;
using BKK.Portal.Domain.Audit;
using BKK.Portal.Domain.Inquiries;
using BKK.Portal.Domain.Privacy;
using BKK.Portal.Infrastructure.DemoData;
using Microsoft.EntityFrameworkCore;

namespace BKK.Portal.Application.Tests.Retention;

/// <summary>
/// Twelve years in a loop: the demo customers end their relationships at different dates, the
/// retention job runs on the first of every month, and after each run the database holds exactly
/// what the catalogue's rules still let us keep. The expected dates are worked out here from the
/// catalogue's years ("whole financial years after the year the relationship ended"), not taken
/// from the job.
/// </summary>
public sealed class RetentionTimelineTests
{
    private static readonly PrivacyCatalogue Catalogue = BkkPrivacyCatalogue.Current;
    private static readonly DateOnly Start = new(2026, 12, 1);
    private static readonly DateOnly DebtCaseClosed = new(2034, 6, 1);

    /// <summary>
    /// An audit entry on Kari's cabin from January 2030, after it ended (August 2029): it follows its own date,
    /// five whole years after 2030, and keeps the cabin's relationship (and Kari's access to it) until then.
    /// </summary>
    private static readonly DateTime LateAuditEntry = new(2030, 1, 15, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly LateAuditEntryGoes = new(2036, 1, 1);

    /// <summary>Customer number → the last day of the relationship.</summary>
    private static readonly Dictionary<string, DateOnly> Ends = new()
    {
        ["10000017"] = new(2027, 3, 31), // Kari's home: one invoice left unpaid, a claim
        ["10000025"] = new(2029, 8, 31), // Kari's cabin
        ["10000033"] = new(2028, 5, 31), // Ingrid's home: Ola wrote for her, then she took his fullmakt back
        ["10000041"] = new(2026, 12, 31), // Ola's flat
        ["20000016"] = new(2027, 9, 30), // the bakery: in debt collection until 2034
        ["10000058"] = DemoPeople.FormerCustomerMovedOut, // Nils, moved out in 2019
    };

    private RetentionDatabase _database = null!;

    [Fact]
    public async Task Over_twelve_years_of_monthly_runs_nothing_goes_early_everything_goes_on_time_and_held_data_stays()
    {
        using var demo = await DemoDatabase.SeedAsync();
        await using var database = await RetentionDatabase.CopyOfAsync(demo);
        _database = database;
        var clock = new ManualClock(ManualClock.OsloNoon(Start));
        await PrepareAsync();
        var before = await SnapshotAsync();
        var people = await PeopleAsync();
        var sawAnonymised = false;

        for (var month = Start; month <= Start.AddYears(12); month = month.AddMonths(1))
        {
            clock.Now = ManualClock.OsloNoon(month);
            if (month == DebtCaseClosed)
            {
                await CloseDebtCaseAsync(month);
            }

            var report = await _database.RunJobAsync(clock);
            Assert.Equal(RetentionRunOutcome.Completed, report.Outcome);

            var now = await SnapshotAsync();
            foreach (var (customer, was) in before)
            {
                var expected = Expected(customer, was, month);
                Assert.True(expected == now.GetValueOrDefault(customer, Counts.None), $"{month}: {customer} holds {now.GetValueOrDefault(customer, Counts.None)}, expected {expected}");
            }

            var present = await PeopleAsync();
            foreach (var person in people)
            {
                var expected = person.Relationships.Any(c => Expected(c, before[c], month).Relationship);
                Assert.True(expected == present.Any(p => p.Subject == person.Subject), $"{month}: {person.Subject} should {(expected ? "still be there" : "be removed")}");
                if (!expected)
                {
                    await AssertNothingLeftOfAsync(person, month);
                }
            }

            sawAnonymised |= await AnonymisedRowsOfOlaAreLeftAsync(month);
            await using (var db = _database.Open())
            {
                // The consent given at the start proves a choice the cookie keeps for 7 days: gone by the next month.
                Assert.Equal(month == Start ? 1 : 0, await db.ConsentRecords.CountAsync());
            }
        }

        Assert.True(sawAnonymised, "Ola's entries on his mother's relationship were never seen anonymised");
    }

    private static DateOnly Due(string categoryKey, DateOnly ended)
    {
        var years = Catalogue.RetentionFor(categoryKey).YearsAfterRelationshipEnds!.Value;
        return new DateOnly(ended.Year + years + 1, 1, 1);
    }

    /// <summary>What a relationship must hold on <paramref name="month"/>, from what it held at the start.</summary>
    private static Counts Expected(string customer, Counts was, DateOnly month)
    {
        var ended = Ends[customer];
        var held = customer == "20000016" && month < DebtCaseClosed;
        bool Kept(string categoryKey) => held || month < Due(categoryKey, ended);
        var caseClosed = customer == "20000016" && month >= DebtCaseClosed; // its unpaid invoices were paid then
        var claims = Kept("claims") && was.UnpaidInvoices > 0 && !caseClosed;
        var late = customer == "10000025" && month < LateAuditEntryGoes;
        return new Counts(
            Relationship: Kept("customer") || claims || late,
            MeteringPoints: Kept("consumption") || claims ? was.MeteringPoints : 0, // a point billed on an unpaid invoice stays with the claim (Kari's home has one point)
            MeterValues: Kept("consumption") ? was.MeterValues : 0,
            PaidInvoices: Kept("invoicing") ? was.PaidInvoices : 0,
            Payments: Kept("invoicing") ? was.Payments : 0,
            UnpaidInvoices: claims ? was.UnpaidInvoices : 0,
            Inquiries: Kept("customer") ? was.Inquiries : 0,
            AuditEntries: Kept("security") ? was.AuditEntries : late ? 1 : 0,
            Grants: Kept("customer") || claims || late ? was.Grants : 0);
    }

    /// <summary>The relationships end; debts are settled except Kari's last invoice and the bakery's case; Ola writes for Ingrid and loses his fullmakt.</summary>
    private async Task PrepareAsync()
    {
        await using var db = _database.Open();
        var at = ManualClock.OsloNoon(Start);
        var relationships = await db.CustomerRelationships.ToListAsync();
        foreach (var relationship in relationships.Where(r => r.CustomerNumber.Value != MovedOutOnThePage))
        {
            relationship.End(Ends[relationship.CustomerNumber.Value]);
        }

        await db.SaveChangesAsync();
        await MoveOutOnThePageAsync(db);

        var id = relationships.ToDictionary(r => r.CustomerNumber.Value, r => r.Id);
        var kariLast = await db.Invoices.Where(i => i.CustomerRelationshipId == id["10000017"]).OrderByDescending(i => i.PeriodStart).Select(i => i.Id).FirstAsync();
        await RetentionDatabase.PayOpenInvoicesAsync(db, i => i.CustomerRelationshipId != id["20000016"] && i.Id != kariLast, Start);

        Assert.True((await db.Invoices.Include(i => i.Payments).SingleAsync(i => i.Id == kariLast)).AmountDue > 0, "Kari's last invoice is meant to stay unpaid");
        var ingrid = id["10000033"];
        var olaGrant = await db.AccessGrants.SingleAsync(g => g.Person.Subject == DemoPeople.Ola && g.CustomerRelationshipId == ingrid);
        db.AccessGrants.Remove(olaGrant);
        var inquiry = new Inquiry(ingrid, InquiryTopic.MovingInOrOut, "Jeg skriver for mor, som flytter på sykehjem til sommeren.", "Ola Hansen", at, DemoPeople.Ola);
        db.Inquiries.Add(inquiry);
        db.AuditEntries.AddRange(
            new AuditEntry(at, DemoPeople.Ola, ingrid, AuditAction.ContactDataChanged, "Phone"),
            new AuditEntry(at, DemoPeople.Ingrid, ingrid, AuditAction.AccessRevoked),
            new AuditEntry(at, DemoPeople.Kari, id["10000017"], AuditAction.ContactDataChanged, "Email"),
            new AuditEntry(at, DemoPeople.Per, id["20000016"], AuditAction.InquirySent),
            new AuditEntry(at, DemoPeople.Kari, id["10000025"], AuditAction.ContactDataChanged, "Phone"),
            new AuditEntry(new DateTimeOffset(LateAuditEntry), DemoPeople.Kari, id["10000025"], AuditAction.AccessRevoked));
        db.ConsentRecords.Add(new ConsentRecord("0123456789abcdef0123456789abcdef", at, Catalogue.Version, "all", ["statistics"], new string('0', 64)));
        await db.SaveChangesAsync();
    }

    /// <summary>Ola's flat ends the way a customer ends it: he reports moving out (Flytting) and asks for the meter to be read.</summary>
    private const string MovedOutOnThePage = "10000041";

    private static async Task MoveOutOnThePageAsync(Infrastructure.Persistence.PortalDbContext db)
    {
        var clock = new ManualClock(ManualClock.OsloNoon(Start));
        var access = new BKK.Portal.Application.Access.RelationshipAccessService(db, Microsoft.Extensions.Logging.Abstractions.NullLogger<BKK.Portal.Application.Access.RelationshipAccessService>.Instance);
        var flat = await access.AuthorizeAsync(DemoPeople.Ola, Domain.Customers.CustomerNumber.Parse(MovedOutOnThePage).GetValueOrThrow(), CancellationToken.None);
        var texts = Common.TestLocalizer.For<BKK.Portal.Application.Customers.MoveOutRuleTexts>();
        var service = new BKK.Portal.Application.Customers.MoveOutService(db, new BKK.Portal.Application.Common.AuditLog(db, new Ola(), clock), clock, new BKK.Portal.Application.Customers.ReportMoveOutValidator(clock, texts), texts);
        var result = await service.ReportAsync(flat, new BKK.Portal.Application.Customers.ReportMoveOut { MoveOutOn = Ends[MovedOutOnThePage], ReadingChoice = "avlesning" }, CancellationToken.None);
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(Ends[MovedOutOnThePage], (await db.CustomerRelationships.AsNoTracking().SingleAsync(r => r.Id == flat.RelationshipId)).EndDate);
    }

    private sealed class Ola : BKK.Portal.Application.Access.ICurrentUser
    {
        public string? Subject => DemoPeople.Ola;

        public Domain.Customers.CustomerNumber? SelectedCustomerNumber => null;

        public BKK.Portal.Application.CustomerService.StaffMember? Staff => null;
    }

    private async Task CloseDebtCaseAsync(DateOnly day)
    {
        await using var db = _database.Open();
        var bakery = await db.CustomerRelationships.Where(r => r.CustomerNumber == Domain.Customers.CustomerNumber.Parse("20000016").GetValueOrThrow()).Select(r => r.Id).SingleAsync();
        await RetentionDatabase.PayOpenInvoicesAsync(db, i => i.CustomerRelationshipId == bakery, day);

        await db.SaveChangesAsync();
    }

    private sealed record Counts(bool Relationship, int MeteringPoints, int MeterValues, int PaidInvoices, int Payments, int UnpaidInvoices, int Inquiries, int AuditEntries, int Grants)
    {
        public static Counts None { get; } = new(false, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    private sealed record PersonFacts(string Subject, string[] Identifiers, string[] Relationships);

    private async Task<Dictionary<string, Counts>> SnapshotAsync()
    {
        await using var db = _database.Open();
        var result = new Dictionary<string, Counts>();
        foreach (var relationship in await db.CustomerRelationships.AsNoTracking().ToListAsync())
        {
            var id = relationship.Id;
            var points = await db.MeteringPoints.Where(m => m.CustomerRelationshipId == id).Select(m => m.Id).ToListAsync();
            var invoices = await db.Invoices.AsNoTracking().Include(i => i.Payments).Where(i => i.CustomerRelationshipId == id).ToListAsync();
            result[relationship.CustomerNumber.Value] = new Counts(
                true,
                points.Count,
                await db.MeterValues.CountAsync(v => points.Contains(v.MeteringPointKey)),
                invoices.Count(i => i.AmountDue == 0),
                invoices.Where(i => i.AmountDue == 0).Sum(i => i.Payments.Count),
                invoices.Count(i => i.AmountDue > 0),
                await db.Inquiries.CountAsync(i => i.CustomerRelationshipId == id),
                await db.AuditEntries.CountAsync(a => a.CustomerRelationshipId == id),
                await db.AccessGrants.CountAsync(g => g.CustomerRelationshipId == id));
        }

        return result;
    }

    private async Task<List<PersonFacts>> PeopleAsync()
    {
        await using var db = _database.Open();
        var people = await db.People.AsNoTracking().ToListAsync();
        var grants = await db.AccessGrants.AsNoTracking().Select(g => new { g.PersonId, g.Relationship.CustomerNumber }).ToListAsync();
        return [.. people.Select(p => new PersonFacts(
            p.Subject,
            new[] { p.Subject, p.Name, p.NationalIdentityNumber.Value, p.Contact.Email, p.Contact.Phone, p.Contact.AddressLine }.OfType<string>().ToArray(),
            grants.Where(g => g.PersonId == p.Id).Select(g => g.CustomerNumber.Value).ToArray()))];
    }

    /// <summary>Every text in every table (but the meter values, which are numbers): none may name a removed person.</summary>
    private async Task AssertNothingLeftOfAsync(PersonFacts person, DateOnly month)
    {
        foreach (var table in new[] { "People", "CustomerRelationships", "AccessGrants", "MeteringPoints", "Invoices", "InvoiceLines", "Payments", "Inquiries", "InquiryMessages", "AuditEntries", "ConsentRecords", "RetentionRuns" })
        {
            await foreach (var row in _database.RowsAsync(table))
            {
                foreach (var (column, value) in row.Where(c => c.Value is string))
                {
                    Assert.False(person.Identifiers.Any(id => ((string)value).Contains(id, StringComparison.OrdinalIgnoreCase)), $"{month}: {table}.{column} still holds data of the removed {person.Subject}");
                }
            }
        }
    }

    /// <summary>While Ingrid's data is kept and Ola is gone, what he wrote there stays without his name.</summary>
    private async Task<bool> AnonymisedRowsOfOlaAreLeftAsync(DateOnly month)
    {
        await using var db = _database.Open();
        var olaGone = !await db.People.AnyAsync(p => p.Subject == DemoPeople.Ola);
        var ingridKept = month < Due("customer", Ends["10000033"]);
        if (!olaGone || !ingridKept)
        {
            return false;
        }

        Assert.True(await db.AuditEntries.AnyAsync(a => a.ActorSubject == AuditEntry.AnonymisedActor && a.Field == "Phone"), $"{month}: Ola's audit entry should stay, anonymised");
        Assert.True(await db.InquiryMessages.AnyAsync(m => m.AuthorName == InquiryMessage.AnonymisedAuthor && m.AuthorSubject == null && m.Text.StartsWith("Jeg skriver for mor")), $"{month}: Ola's message should stay, anonymised");
        return true;
    }
}
