using System.Net;
using BKK.Portal.Domain.Access;
using BKK.Portal.Domain.Audit;
using BKK.Portal.Domain.Customers;
using BKK.Portal.Domain.Requests;
using BKK.Portal.Infrastructure.DemoData;
using BKK.Portal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BKK.Portal.Web.Tests.Customers;

/// <summary>Flytting: the holder reports the day they move out, the relationship ends then, and customer service gets the final reading.</summary>
[Collection(PortalCollection.Name)]
public sealed class MoveOutTests(PortalFactory factory)
{
    private const string OlaRelationship = "10000041";

    [Fact]
    public async Task The_holder_reports_moving_out_the_relationship_ends_that_day_and_customer_service_gets_the_final_reading()
    {
        using var ola = factory.CreatePortalClient();
        await ola.LoginAsync("ola");
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10);
        try
        {
            var page = await ola.GetPageAsync("/flytting");
            var reported = await ola.PostFormAsync("/flytting", page, new Dictionary<string, string>
            {
                ["Input.MoveOutOn"] = Iso(day), ["Input.ReadingChoice"] = "selv", ["Input.Reading"] = " 12345 ",
            });
            Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
            var after = await ola.GetPageAsync("/flytting");
            Assert.StartsWith("Kundeforholdet avsluttes", after.QuerySelector("[data-testid=move-out-date]")!.TextContent, StringComparison.Ordinal);
            Assert.Null(after.QuerySelector("[data-testid=move-out-form]"));
            var relationshipPage = await ola.Http.GetStringAsync("/kundeforhold");
            Assert.Contains("Avsluttes", relationshipPage, StringComparison.Ordinal); // a day to come, not one gone
            Assert.DoesNotContain("Avsluttet", relationshipPage, StringComparison.Ordinal);

            // A second report is refused: the end date is there.
            var again = await ola.PostFormAsync("/flytting", after, new Dictionary<string, string> { ["Input.MoveOutOn"] = Iso(day), ["Input.ReadingChoice"] = "avlesning" }, "form.switcher");
            Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);

            using var staff = factory.CreatePortalClient();
            await staff.LoginAsync("kundeservice1");
            var queue = await staff.Http.GetStringAsync("/kundeservice/foresporsler");
            Assert.Contains("Sluttavlesning ved flytting", queue, StringComparison.Ordinal);
            Assert.Contains("kunden oppga 12", queue, StringComparison.Ordinal);

            await PortalDatabase.ChangeAsync(factory, async db =>
            {
                var relationship = await db.CustomerRelationships.AsNoTracking().SingleAsync(r => r.CustomerNumber == CustomerNumber.Parse(OlaRelationship).Value!);
                Assert.Equal(day, relationship.EndDate);
                var requests = await db.ServiceRequests.AsNoTracking().Where(r => r.CustomerRelationshipId == relationship.Id && r.Kind == ServiceRequestKind.FinalReading).ToListAsync();
                Assert.Equal(await db.MeteringPoints.CountAsync(m => m.CustomerRelationshipId == relationship.Id), requests.Count);
                Assert.All(requests, r => Assert.Equal((day, 12345L), (r.OnDate!.Value, r.ReadingKwh!.Value)));
                Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditAction.MoveOutReported && a.ActorSubject == DemoPeople.Ola && a.CustomerRelationshipId == relationship.Id));
            });
        }
        finally
        {
            await PortalDatabase.ChangeAsync(factory, async db =>
            {
                var number = CustomerNumber.Parse(OlaRelationship).Value!;
                var id = await db.CustomerRelationships.Where(r => r.CustomerNumber == number).Select(r => r.Id).SingleAsync();
                await db.ServiceRequests.Where(r => r.CustomerRelationshipId == id && r.Kind == ServiceRequestKind.FinalReading).ExecuteDeleteAsync();
                await db.CustomerRelationships.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.EndDate, (DateOnly?)null));
            });
        }
    }

    [Fact]
    public async Task A_wrong_report_gets_a_message_at_its_field_and_changes_nothing()
    {
        using var ola = factory.CreatePortalClient();
        await ola.LoginAsync("ola");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var cases = new (string? Date, string? Choice, string? Reading, string Field)[]
        {
            (null, "avlesning", null, "Input_MoveOutOn"),
            (Iso(today.AddDays(-31)), "avlesning", null, "Input_MoveOutOn"),
            (Iso(today.AddDays(91)), "avlesning", null, "Input_MoveOutOn"),
            (Iso(today.AddDays(5)), null, null, "Input_ReadingChoice"),
            (Iso(today.AddDays(5)), "selv", "", "Input_Reading"),
            (Iso(today.AddDays(5)), "selv", "12,5", "Input_Reading"),
            (Iso(today.AddDays(5)), "selv", "1234567890", "Input_Reading"),
        };
        foreach (var (date, choice, reading, field) in cases)
        {
            var page = await ola.GetPageAsync("/flytting");
            var values = new Dictionary<string, string>();
            foreach (var (key, value) in new[] { ("Input.MoveOutOn", date), ("Input.ReadingChoice", choice), ("Input.Reading", reading) })
            {
                if (value is not null)
                {
                    values[key] = value;
                }
            }

            var response = await ola.PostFormAsync("/flytting", page, values, "[data-testid=move-out-form]");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.NotNull((await PortalClient.ParseAsync(response)).QuerySelector($"[data-testid=form-errors] a[href='#{field}']"));
        }

        await PortalDatabase.ChangeAsync(factory, async db =>
            Assert.Null((await db.CustomerRelationships.AsNoTracking().SingleAsync(r => r.CustomerNumber == CustomerNumber.Parse(OlaRelationship).Value!)).EndDate));
    }

    [Fact]
    public async Task Only_the_holder_reports_a_move()
    {
        await using (await PortalDatabase.GrantAsync(factory, DemoPeople.Kari, OlaRelationship, AccessLevel.Full))
        {
            using var kari = factory.CreatePortalClient();
            var overview = await PortalClient.ParseAsync(await kari.LoginAsync("kari"));
            await kari.PostFormAsync("/kundeforhold/bytt", overview, new Dictionary<string, string> { ["kundenummer"] = OlaRelationship }, "form.switcher");
            var page = await kari.GetPageAsync("/flytting");
            Assert.NotNull(page.QuerySelector("[data-testid=not-holder]"));
            var refused = await kari.PostFormAsync("/flytting", page, new Dictionary<string, string>
            {
                ["Input.MoveOutOn"] = Iso(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3)), ["Input.ReadingChoice"] = "avlesning",
            }, "form.switcher");
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
