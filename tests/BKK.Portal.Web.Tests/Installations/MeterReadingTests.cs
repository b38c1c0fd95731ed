using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using BKK.Portal.Application.Consumption;
using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Consumption;
using BKK.Portal.Application.Invoices;
using BKK.Portal.Domain.Access;
using BKK.Portal.Domain.Audit;
using BKK.Portal.Infrastructure.DemoData;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Web.Tests.Installations;

/// <summary>
/// Måleravlesning: Kari reads her cabin's meter, which does not send values; the reading replaces the estimates since the
/// last one, so Forbruk and the month's invoice follow; an unlikely reading is confirmed and checked by customer service.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class MeterReadingTests(PortalFactory factory)
{
    [Fact]
    public async Task A_plausible_reading_replaces_the_estimates_since_the_last_and_the_months_invoice_follows()
    {
        var cabin = await CabinMeter.ReadAsync(factory);
        await using var keep = await cabin.KeepAsync(factory);
        var today = OsloTime.Today(TimeProvider.System);
        var before = (await cabin.ValuesAsync(factory)).Where(v => v.StartUtc < OsloTime.ToUtc(today)).ToList();
        Assert.All(before, v => Assert.Equal(MeterValueStatus.Estimated, v.Status));
        var estimatedKwh = before.Sum(v => v.Wh) / 1000;
        var usedKwh = (estimatedKwh * 3 / 2) + 7; // half again what was estimated: plausible
        var month = new DateOnly(today.AddDays(-1).Year, today.AddDays(-1).Month, 1);
        var invoiceBefore = await BillAsync(cabin, month);

        using var kari = await CabinMeter.KariAsync(factory);
        var page = await kari.GetPageAsync("/anlegg/avlesning");
        Assert.Contains(Kwh(cabin.LastKwh), page.QuerySelector("[data-testid=last-reading]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-testid=reading-due]")); // 40 days since the last
        Assert.NotNull((await kari.GetPageAsync("/anlegg")).QuerySelector("[data-testid=reading-link]"));

        var response = await PostAsync(kari, page, cabin, (cabin.LastKwh + usedKwh).ToString(CultureInfo.InvariantCulture), today);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/anlegg/avlesning?lagret=ja", response.Headers.Location!.OriginalString);

        // The estimates of the days between the readings are the reading now, to the watt-hour.
        var after = (await cabin.ValuesAsync(factory)).Where(v => v.StartUtc < OsloTime.ToUtc(today)).ToList();
        Assert.Equal(before.Select(v => v.StartUtc), after.Select(v => v.StartUtc));
        Assert.All(after, v => Assert.Equal(MeterValueStatus.CustomerRead, v.Status));
        Assert.Equal(usedKwh * 1000, after.Sum(v => v.Wh));

        // The month's invoice is billed on the new values: its energy changed by exactly what the reading changed in the month.
        var invoiceAfter = await BillAsync(cabin, month);
        var monthStart = OsloTime.ToUtc(month);
        var changedWh = after.Where(v => v.StartUtc >= monthStart).Sum(v => v.Wh) - before.Where(v => v.StartUtc >= monthStart).Sum(v => v.Wh);
        Assert.NotEqual(0, changedWh);
        Assert.Equal(changedWh / 1000m, invoiceAfter.EnergyKwh - invoiceBefore.EnergyKwh);
        Assert.Equal(Math.Sign(changedWh), Math.Sign(invoiceAfter.AmountInclVat - invoiceBefore.AmountInclVat));

        // The day sums (Forbruk's week, month and year views) followed in the same transaction: no estimate left in those days.
        using (var scope = factory.Services.CreateScope())
        {
            var days = await scope.ServiceProvider.GetRequiredService<IMeterReadings>().ReadDaysAsync(cabin.Key, FlowDirection.Consumption, cabin.LastDate, today, CancellationToken.None);
            Assert.Equal(usedKwh * 1000, days.Sum(d => d.DayRateWh + d.NightRateWh));
            Assert.All(days, d => Assert.Equal(0, d.Estimated));
        }

        var list = await kari.GetPageAsync("/anlegg/avlesning?lagret=ja");
        Assert.NotNull(list.QuerySelector("[data-testid=reading-saved]"));
        Assert.Null(list.QuerySelector("[data-testid=reading-due]")); // read today
        var row = list.QuerySelectorAll("[data-testid=reading-row]")[0];
        Assert.Contains(Kwh(usedKwh) + " kWh", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Registrert", row.TextContent, StringComparison.Ordinal);

        await PortalDatabase.ChangeAsync(factory, async db =>
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditAction.RegisterReadingReported && a.ActorSubject == DemoPeople.Kari && a.Detail!.Contains(cabin.MeteringPointId))));
    }

    [Fact]
    public async Task A_lower_reading_that_no_roll_over_explains_is_confirmed_by_the_customer_and_rejected_by_customer_service()
    {
        var cabin = await CabinMeter.ReadAsync(factory);
        await using var keep = await cabin.KeepAsync(factory);
        var before = await cabin.ValuesAsync(factory);
        using var kari = await CabinMeter.KariAsync(factory);
        var today = OsloTime.Today(TimeProvider.System);
        var lower = (cabin.LastKwh - 100).ToString(CultureInfo.InvariantCulture);

        var page = await kari.GetPageAsync("/anlegg/avlesning");
        var asked = await PostAsync(kari, page, cabin, lower, today);
        Assert.Equal(HttpStatusCode.Conflict, asked.StatusCode);
        var confirmPage = await PortalClient.ParseAsync(asked);
        Assert.Contains("lavere enn forrige", confirmPage.QuerySelector("[data-testid=reading-unlikely]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(confirmPage.QuerySelector("#Input_Confirmed"));
        Assert.Equal(1, await ReadingsAsync(cabin)); // nothing stored yet

        var confirmed = await PostAsync(kari, confirmPage, cabin, lower, today, confirmed: true);
        Assert.Equal("/anlegg/avlesning?lagret=kontroll", confirmed.Headers.Location!.OriginalString);
        var waiting = await kari.GetPageAsync("/anlegg/avlesning");
        Assert.NotNull(waiting.QuerySelector("[data-testid=reading-waiting]"));
        Assert.Contains("Venter på kontroll", waiting.QuerySelectorAll("[data-testid=reading-state]")[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await cabin.ValuesAsync(factory)); // not applied while it waits

        // A second reading waits until this one is handled.
        var second = await PostAsync(kari, waiting, cabin, (cabin.LastKwh + 10).ToString(CultureInfo.InvariantCulture), today);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("venter på kontroll", (await PortalClient.ParseAsync(second)).QuerySelector("#Input_Reading-feil")!.TextContent, StringComparison.Ordinal);

        using var staff = factory.CreatePortalClient();
        await staff.LoginAsync("kundeservice1");
        var queue = await staff.GetPageAsync("/kundeservice/foresporsler");
        var row = queue.QuerySelectorAll("[data-testid=reading-check-row]").Single(r => r.TextContent.Contains(Formatted(cabin.MeteringPointId), StringComparison.Ordinal));
        Assert.Contains("Lavere enn forrige avlesning", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Kari", queue.Body!.TextContent, StringComparison.Ordinal);
        var rejected = await staff.PostFormAsync("/kundeservice/foresporsler?handler=Reading", queue, new Dictionary<string, string>
        {
            ["avlesning"] = row.QuerySelector<IHtmlInputElement>("input[name=avlesning]")!.Value, ["vurdering"] = "avvis",
        }, "form[action*='Reading']");
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Equal(before, await cabin.ValuesAsync(factory));
        Assert.Contains("Avvist", (await kari.GetPageAsync("/anlegg/avlesning")).QuerySelectorAll("[data-testid=reading-state]")[0].TextContent, StringComparison.Ordinal);
        await PortalDatabase.ChangeAsync(factory, async db =>
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditAction.RegisterReadingChecked && a.Detail!.Contains("rejected"))));
    }

    [Fact]
    public async Task A_reading_far_above_the_expected_is_applied_only_when_customer_service_approves_it()
    {
        var cabin = await CabinMeter.ReadAsync(factory);
        await using var keep = await cabin.KeepAsync(factory);
        var today = OsloTime.Today(TimeProvider.System);
        var estimatedKwh = (await cabin.ValuesAsync(factory)).Where(v => v.StartUtc < OsloTime.ToUtc(today)).Sum(v => v.Wh) / 1000;
        var usedKwh = Math.Max(estimatedKwh * 4, estimatedKwh + 2_000);
        var reading = (cabin.LastKwh + usedKwh).ToString(CultureInfo.InvariantCulture);
        using var kari = await CabinMeter.KariAsync(factory);

        var asked = await PostAsync(kari, await kari.GetPageAsync("/anlegg/avlesning"), cabin, reading, today);
        Assert.Equal(HttpStatusCode.Conflict, asked.StatusCode);
        var confirmPage = await PortalClient.ParseAsync(asked);
        Assert.Contains("langt over", confirmPage.QuerySelector("[data-testid=reading-unlikely]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(kari, confirmPage, cabin, reading, today, confirmed: true, photo: ("display.png", "image/png", TestImages.Png()))).StatusCode);

        using var staff = factory.CreatePortalClient();
        await staff.LoginAsync("kundeservice2");
        var queue = await staff.GetPageAsync("/kundeservice/foresporsler");
        var row = queue.QuerySelectorAll("[data-testid=reading-check-row]").Single(r => r.TextContent.Contains(Formatted(cabin.MeteringPointId), StringComparison.Ordinal));
        Assert.Contains("Langt over forventet forbruk", row.TextContent, StringComparison.Ordinal);
        var photoLink = row.QuerySelector("[data-testid=check-photo]")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.OK, (await staff.Http.GetAsync(photoLink)).StatusCode); // the check needs it
        var approved = await staff.PostFormAsync("/kundeservice/foresporsler?handler=Reading", queue, new Dictionary<string, string>
        {
            ["avlesning"] = row.QuerySelector<IHtmlInputElement>("input[name=avlesning]")!.Value, ["vurdering"] = "godkjenn",
        }, "form[action*='Reading']");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var after = (await cabin.ValuesAsync(factory)).Where(v => v.StartUtc < OsloTime.ToUtc(today)).ToList();
        Assert.Equal(usedKwh * 1000, after.Sum(v => v.Wh));
        Assert.All(after, v => Assert.Equal(MeterValueStatus.CustomerRead, v.Status));
        Assert.DoesNotContain(Formatted(cabin.MeteringPointId), await staff.Http.GetStringAsync("/kundeservice/foresporsler"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.Http.GetAsync(photoLink)).StatusCode); // checked: no longer theirs to see
        // Approving again, or a reading that never waited, is a 404.
        var again = await staff.PostFormAsync("/kundeservice/foresporsler?handler=Reading", queue, new Dictionary<string, string>
        {
            ["avlesning"] = row.QuerySelector<IHtmlInputElement>("input[name=avlesning]")!.Value, ["vurdering"] = "godkjenn",
        }, "form[action*='Reading']");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task A_register_that_rolled_over_at_its_digits_gives_the_kilowatt_hours_across_zero()
    {
        var cabin = await CabinMeter.ReadAsync(factory);
        await using var keep = await cabin.KeepAsync(factory);
        await PortalDatabase.ChangeAsync(factory, db =>
            db.RegisterReadings.Where(r => r.MeteringPointKey == cabin.Key).ExecuteUpdateAsync(s => s.SetProperty(r => r.RegisterKwh, 999_950L)));
        var today = OsloTime.Today(TimeProvider.System);
        using var kari = await CabinMeter.KariAsync(factory);

        var response = await PostAsync(kari, await kari.GetPageAsync("/anlegg/avlesning"), cabin, "120", today);
        Assert.Equal("/anlegg/avlesning?lagret=ja", response.Headers.Location!.OriginalString);
        Assert.Equal(170_000, (await cabin.ValuesAsync(factory)).Where(v => v.StartUtc < OsloTime.ToUtc(today)).Sum(v => v.Wh));
        await PortalDatabase.ChangeAsync(factory, async db =>
            Assert.Equal(170, (await db.RegisterReadings.AsNoTracking().Where(r => r.MeteringPointKey == cabin.Key).OrderByDescending(r => r.Id).FirstAsync()).ConsumptionKwh));
    }

    [Fact]
    public async Task A_wrong_reading_gets_a_message_at_its_field_and_changes_nothing()
    {
        var cabin = await CabinMeter.ReadAsync(factory);
        var today = OsloTime.Today(TimeProvider.System);
        var ok = (cabin.LastKwh + 10).ToString(CultureInfo.InvariantCulture);
        var ola = (await PortalDatabase.PointsOfAsync(factory, "10000041"))[0];
        var kariHome = (await PortalDatabase.PointsOfAsync(factory, "10000017"))[0];
        var cases = new (string Point, string Reading, string Date, string Field, string Message)[]
        {
            (cabin.MeteringPointId, "", Iso(today), "Input_Reading", "Skriv inn målerstanden"),
            (cabin.MeteringPointId, "12,5", Iso(today), "Input_Reading", "hele kWh"),
            (cabin.MeteringPointId, "-5", Iso(today), "Input_Reading", "hele kWh"),
            (cabin.MeteringPointId, "1234567", Iso(today), "Input_Reading", "høyst 6 sifre"),
            (cabin.MeteringPointId, ok, "", "Input_OnDate", "Skriv inn datoen"),
            (cabin.MeteringPointId, ok, Iso(today.AddDays(1)), "Input_OnDate", "frem i tid"),
            (cabin.MeteringPointId, ok, Iso(cabin.LastDate), "Input_OnDate", "etter forrige avlesning"),
            (cabin.MeteringPointId, ok, Iso(cabin.LastDate.AddDays(-3)), "Input_OnDate", "etter forrige avlesning"),
            (ola, ok, Iso(today), "Input_MeteringPointId", "finner ikke"), // another customer's point
            (kariHome, ok, Iso(today), "Input_MeteringPointId", "finner ikke"), // Kari's own, but another relationship's
            ("707057500000000000", ok, Iso(today), "Input_MeteringPointId", "finner ikke"),
        };
        using var kari = await CabinMeter.KariAsync(factory);
        foreach (var (point, reading, date, field, message) in cases)
        {
            var response = await kari.PostFormAsync("/anlegg/avlesning", await kari.GetPageAsync("/anlegg/avlesning"), new Dictionary<string, string>
            {
                ["Input.MeteringPointId"] = point, ["Input.Reading"] = reading, ["Input.OnDate"] = date,
            });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var page = await PortalClient.ParseAsync(response);
            Assert.Contains(message, page.QuerySelector($"#{field}-feil")?.TextContent ?? page.QuerySelector("[data-testid=form-errors]")!.TextContent, StringComparison.Ordinal);
            Assert.NotNull(page.QuerySelector($"[data-testid=form-errors] a[href='#{field}']"));
        }

        Assert.Equal(1, await ReadingsAsync(cabin));
    }

    [Fact]
    public async Task A_limited_grantee_sees_the_readings_but_cannot_report_one_and_others_see_no_photo()
    {
        var cabin = await CabinMeter.ReadAsync(factory);
        await using (await PortalDatabase.GrantAsync(factory, DemoPeople.Ingrid, CabinMeter.Relationship, AccessLevel.Limited))
        {
            using var ingrid = factory.CreatePortalClient();
            await ingrid.LoginAsync("ingrid");
            await ingrid.PostFormAsync("/kundeforhold/bytt", await ingrid.GetPageAsync("/"), new Dictionary<string, string> { ["kundenummer"] = CabinMeter.Relationship }, "form.switcher");
            var page = await ingrid.GetPageAsync("/anlegg/avlesning");
            Assert.NotNull(page.QuerySelector("[data-testid=reading-not-allowed]"));
            Assert.Null(page.QuerySelector("[data-testid=reading-form]"));
            var tokenPage = await ingrid.GetPageAsync("/anlegg");
            var posted = await ingrid.PostFormAsync("/anlegg/avlesning", tokenPage, new Dictionary<string, string>
            {
                ["Input.MeteringPointId"] = cabin.MeteringPointId, ["Input.Reading"] = (cabin.LastKwh + 5).ToString(CultureInfo.InvariantCulture), ["Input.OnDate"] = Iso(OsloTime.Today(TimeProvider.System)),
            });
            Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        }

        Assert.Equal(1, await ReadingsAsync(cabin));

        // Ola, who has no grant to the cabin, has no such page for it: the list is his own relationship's (none to read).
        using var ola = factory.CreatePortalClient();
        await ola.LoginAsync("ola");
        Assert.NotNull((await ola.GetPageAsync("/anlegg/avlesning")).QuerySelector("[data-testid=no-manual-meters]"));
    }

    internal static Task<HttpResponseMessage> PostAsync(PortalClient client, IHtmlDocument page, CabinMeter cabin, string reading, DateOnly date, bool confirmed = false, (string, string, byte[])? photo = null)
    {
        var values = new Dictionary<string, string> { ["Input.MeteringPointId"] = cabin.MeteringPointId, ["Input.Reading"] = reading, ["Input.OnDate"] = Iso(date) };
        if (confirmed)
        {
            values["Input.Confirmed"] = "true";
        }

        return client.PostMultipartAsync("/anlegg/avlesning", page, values, "Input.Photo", photo, "[data-testid=reading-form]");
    }

    private async Task<InvoiceDraftView> BillAsync(CabinMeter cabin, DateOnly month)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var relationship = await db.CustomerRelationships.AsNoTracking().SingleAsync(r => r.CustomerNumber == Domain.Customers.CustomerNumber.Parse(CabinMeter.Relationship).Value!);
        var values = await scope.ServiceProvider.GetRequiredService<IMeterReadings>().ReadAsync(
            cabin.Key, FlowDirection.Consumption, OsloTime.ToUtc(month), OsloTime.ToUtc(month.AddMonths(1)), CancellationToken.None);
        var draft = await scope.ServiceProvider.GetRequiredService<MonthlyBilling>().BillAsync(relationship, Domain.Prices.PriceArea.NO5, month, values, 0, CancellationToken.None);
        return new InvoiceDraftView(draft.EnergyKwh, draft.AmountInclVat);
    }

    private async Task<int> ReadingsAsync(CabinMeter cabin)
    {
        var count = 0;
        await PortalDatabase.ChangeAsync(factory, async db => count = await db.RegisterReadings.CountAsync(r => r.MeteringPointKey == cabin.Key));
        return count;
    }

    private sealed record InvoiceDraftView(decimal EnergyKwh, decimal AmountInclVat);

    internal static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Kwh(long kwh) => kwh.ToString("N0", CultureInfo.GetCultureInfo("nb-NO"));

    private static string Formatted(string meteringPointId) => Domain.Meters.MeteringPointId.Parse(meteringPointId).Value!.Formatted;
}
