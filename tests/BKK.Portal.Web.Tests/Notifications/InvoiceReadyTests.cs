using System.Globalization;
using System.Net;
using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Consumption;
using BKK.Portal.Domain.Invoices;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Web.Tests.Notifications;

/// <summary>
/// "A new invoice is ready", end to end in the running portal: Kari chooses it by e-mail on /varsler, billing puts
/// a new invoice in the database, and the portal's own loop tells her once through a real SMTP server.
/// </summary>
public sealed class InvoiceReadyTests(MessageServers servers) : IClassFixture<MessageServers>
{
    private TestSmtpServer _smtp => servers.Smtp;

    private DispatchingPortal _portal => servers.Portal;

    [Fact]
    public async Task A_new_invoice_reaches_the_customer_who_chose_it_once_by_e_mail()
    {
        using var kari = _portal.CreatePortalClient();
        await kari.LoginAsync("kari");
        var page = await kari.GetPageAsync("/varsler");
        var form = new FormUrlEncodedContent([
            new("Input.Sms", "Outage"), new("Input.Email", "InvoiceReady"), new("Input.Language", "nb"),
            new("Input.CapacityMarginKw", string.Empty), new("Input.DailyLimitKwh", string.Empty),
            new("__RequestVerificationToken", page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]);
        Assert.Equal(HttpStatusCode.Redirect, (await kari.Http.PostAsync("/varsler", form)).StatusCode);

        var number = await BillKarisHomeAsync(1000m);

        var mail = await MessageServers.WaitForAsync(() => _smtp.Received.Where(m => (m.TextBody ?? string.Empty).Contains($"Faktura {number}", StringComparison.Ordinal)).ToList());
        Assert.Equal("kari.nordmann@example.no", mail[0].To.Mailboxes.Single().Address);
        Assert.Equal("Ny faktura fra BKK Nett", mail[0].Subject);
        Assert.Contains("på 1 250,00 kr forfaller", mail[0].TextBody!.Replace('\u00a0', ' '), StringComparison.Ordinal);
        Assert.Contains("https://minside.example.no/fakturaer", mail[0].TextBody, StringComparison.Ordinal);
        Assert.Contains("https://minside.example.no/varsler/stopp/", mail[0].TextBody, StringComparison.Ordinal);

        // Later rounds of the loop find it told: still one e-mail.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(_smtp.Received, m => (m.TextBody ?? string.Empty).Contains($"Faktura {number}", StringComparison.Ordinal));
    }

    /// <summary>Billing's new invoice for Kari's home, issued today: the row the billing system writes.</summary>
    private async Task<string> BillKarisHomeAsync(decimal amountExclVat)
    {
        await using var scope = _portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var home = await db.MeteringPoints.SingleAsync(p => p.GridStation == "NS-5019");
        var today = OsloTime.Today(TimeProvider.System);
        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var draft = new InvoiceDraft(month, [new InvoiceLineDraft(InvoiceLineKind.FixedCharge, "Fastledd", 1, "mnd", amountExclVat)], 0.25m, 0,
            new CapacityResult(month, [], 0, new CapacityStep(0, 2, 0)));
        var number = "4" + (Random.Shared.Next(1_000_000, 9_999_999)).ToString(CultureInfo.InvariantCulture);
        db.Invoices.Add(new Invoice(number, home.CustomerRelationshipId, home.Id, draft, today, today.AddDays(21), Kid.For(number), DeliveryMethod.EFaktura));
        await db.SaveChangesAsync();
        return number;
    }
}
