using System.Net;
using BKK.Portal.Application.Invoices;
using BKK.Portal.Domain.Access;
using BKK.Portal.Domain.Audit;
using BKK.Portal.Domain.Customers;
using BKK.Portal.Domain.Notifications;
using BKK.Portal.Infrastructure.DemoData;
using BKK.Portal.Web.Authentication;
using BKK.Portal.Web.Tests.Support;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Web.Tests.Invoices;

/// <summary>
/// Utbetalingskonto: only the holder, only on a fresh login, told on the phone and e-mail the holder already has, and
/// no payout to a new account for 24 hours. A portal of its own on a clock the test moves, with a two-minute window.
/// </summary>
public sealed class PayoutAccountTests(PayoutAccountTests.TwoMinutePortal portal) : IClassFixture<PayoutAccountTests.TwoMinutePortal>
{
    private const string KariHome = "10000017";

    public sealed class TwoMinutePortal : ClockPortal
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("PayoutAccount:FreshLogin", "00:02:00")];
    }

    [Fact]
    public async Task The_holder_on_a_fresh_login_sets_an_account_shown_masked_told_to_her_phone_and_email_and_held_24_hours()
    {
        portal.Clock.Now = DateTimeOffset.UtcNow;
        using var kari = portal.CreatePortalClient();
        await kari.LoginAsync("kari");
        try
        {
            var page = await kari.GetPageAsync("/utbetalingskonto");
            Assert.NotNull(page.QuerySelector("[data-testid=payout-none]"));
            var saved = await kari.PostFormAsync("/utbetalingskonto", page, Account("5201 06 12349", "Kari Nordmann"), "[data-testid=payout-form]");
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

            var after = await kari.GetPageAsync("/utbetalingskonto?lagret=1");
            Assert.Equal("Konto •••• •• •2349, som tilhører K*** N*******.", after.QuerySelector("[data-testid=payout-masked]")!.TextContent);
            Assert.Contains("vi betaler ikke ut til den før", after.QuerySelector("[data-testid=payout-held]")!.TextContent, StringComparison.Ordinal);
            var shown = after.QuerySelector("[data-testid=payout-account]")!.TextContent;
            Assert.DoesNotContain("12349", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("Nordmann", shown, StringComparison.Ordinal);

            await PortalDatabase.ChangeAsync(portal, async db =>
            {
                var relationship = await db.CustomerRelationships.SingleAsync(r => r.CustomerNumber == CustomerNumber.Parse(KariHome).Value!);
                var messages = await db.OutboxMessages.AsNoTracking().Where(m => m.IdempotencyKey.StartsWith($"payout-account:{relationship.Id}:")).ToListAsync();
                Assert.Equal(
                    [(NotificationChannel.Sms, "+4791234567"), (NotificationChannel.Email, "kari.nordmann@example.no")],
                    messages.Select(m => (m.Channel, m.Recipient)).Order());
                Assert.All(messages, m =>
                {
                    Assert.Equal(NotificationKind.PayoutAccountChanged, m.Kind);
                    Assert.Contains("•••• •• •2349", m.Body, StringComparison.Ordinal);
                    Assert.Contains("sikkerhetsmelding", m.Body, StringComparison.Ordinal);
                    Assert.DoesNotContain("/varsler/stopp", m.Body, StringComparison.Ordinal); // a notice that cannot be turned off has no unsubscribe link
                });
                var audit = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == AuditAction.PayoutAccountChanged && a.CustomerRelationshipId == relationship.Id);
                Assert.Equal((DemoPeople.Kari, "•••• •• •2349"), (audit.ActorSubject, audit.Detail));

                // No payout to it for 24 hours, then there is.
                using var scope = portal.Services.CreateScope();
                var service = scope.ServiceProvider.GetRequiredService<PayoutAccountService>();
                var changed = (await db.PayoutAccounts.AsNoTracking().SingleAsync(a => a.CustomerRelationshipId == relationship.Id)).ChangedUtc;
                Assert.Null(await service.PayableAccountAsync(relationship.Id, changed.AddHours(23).AddMinutes(59), CancellationToken.None));
                Assert.Equal("52010612349", await service.PayableAccountAsync(relationship.Id, changed.AddHours(24), CancellationToken.None));
            });

            // Mine data has the whole account: it is her own.
            using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(await kari.Http.GetByteArrayAsync("/mine-data/zip")));
            using var reader = new StreamReader(zip.GetEntry("kundeforhold.json")!.Open());
            Assert.Contains("52010612349", await reader.ReadToEndAsync(), StringComparison.Ordinal);
        }
        finally
        {
            await CleanUpAsync();
        }
    }

    [Theory]
    [InlineData("konto", "5201 06 12345", "Kari Nordmann", "Input_AccountNumber", "kontrollsiffer")]
    [InlineData("konto", "5201 06 1234", "Kari Nordmann", "Input_AccountNumber", "11 siffer")]
    [InlineData("konto", "", "Kari Nordmann", "Input_AccountNumber", "Skriv inn kontonummeret")]
    [InlineData("konto", "5201 06 12349", " ", "Input_HolderName", "Skriv inn navnet")]
    [InlineData("", "5201 06 12349", "Kari Nordmann", "Input_Choice", "Velg om du vil")]
    public async Task A_wrong_account_gets_a_message_at_its_field_and_changes_nothing(string choice, string number, string holder, string field, string message)
    {
        portal.Clock.Now = DateTimeOffset.UtcNow;
        using var kari = portal.CreatePortalClient();
        await kari.LoginAsync("kari");
        var page = await kari.GetPageAsync("/utbetalingskonto");
        var values = Account(number, holder);
        values["Input.Choice"] = choice;
        var response = await kari.PostFormAsync("/utbetalingskonto", page, values, "[data-testid=payout-form]");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var refused = await PortalClient.ParseAsync(response);
        Assert.Contains(message, refused.QuerySelector($"#{field}-feil")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(refused.QuerySelector($"[data-testid=form-errors] a[href='#{field}']"));
        await PortalDatabase.ChangeAsync(portal, async db => Assert.False(await db.PayoutAccounts.AnyAsync()));
    }

    [Fact]
    public async Task A_login_older_than_the_limit_is_sent_to_log_in_again_and_comes_back_able_to_change_it()
    {
        portal.Clock.Now = DateTimeOffset.UtcNow;
        using var kari = portal.CreatePortalClient();
        await kari.LoginAsync("kari");
        try
        {
            portal.Clock.Now += TimeSpan.FromMinutes(3); // the window is two minutes here
            var page = await kari.GetPageAsync("/utbetalingskonto");
            Assert.Null(page.QuerySelector("[data-testid=payout-form]"));
            Assert.NotNull(page.QuerySelector("[data-testid=payout-login-again]"));

            // A form posted anyway (from a tab left open) changes nothing and goes to the provider for a new login.
            var posted = await kari.PostFormAsync("/utbetalingskonto", page, Account("5201 06 12349", "Kari Nordmann"));
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
            var authorize = posted.Headers.Location!;
            Assert.Contains("/dev-idp/connect/authorize", authorize.AbsolutePath, StringComparison.Ordinal);
            Assert.Contains("prompt=login", authorize.Query, StringComparison.Ordinal);
            Assert.Contains("max_age=0", authorize.Query, StringComparison.Ordinal);
            await PortalDatabase.ChangeAsync(portal, async db => Assert.False(await db.PayoutAccounts.AnyAsync()));

            // The provider asks for the password again (its own session is alive), and the login comes back here, fresh.
            var loginForm = await kari.FollowAsync(posted);
            Assert.Equal("/dev-idp/login", loginForm.RequestMessage!.RequestUri!.AbsolutePath);
            var back = await kari.FollowAsync(await kari.PostFormAsync(loginForm.RequestMessage.RequestUri.AbsolutePath, await PortalClient.ParseAsync(loginForm),
                new Dictionary<string, string> { ["username"] = "kari", ["password"] = "demo" }));
            Assert.Equal("/utbetalingskonto", back.RequestMessage!.RequestUri!.AbsolutePath);
            var fresh = await PortalClient.ParseAsync(back);
            Assert.NotNull(fresh.QuerySelector("[data-testid=payout-form]"));
            Assert.Equal(HttpStatusCode.Redirect, (await kari.PostFormAsync("/utbetalingskonto", fresh, Account("5201 06 12349", "Kari Nordmann"), "[data-testid=payout-form]")).StatusCode);
        }
        finally
        {
            await CleanUpAsync();
        }
    }

    [Fact]
    public async Task The_callback_refuses_a_login_older_than_the_fresh_one_asked_for()
    {
        var asked = DateTimeOffset.UtcNow;
        var properties = FreshLogin.Challenge("/utbetalingskonto", asked);
        System.Security.Claims.ClaimsPrincipal LoggedInAt(DateTimeOffset at) =>
            new(new System.Security.Claims.ClaimsIdentity([new System.Security.Claims.Claim(FreshLogin.AuthTimeClaim, at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture))]));

        Assert.True(FreshLogin.Satisfied(properties, LoggedInAt(asked.AddSeconds(20))));
        Assert.False(FreshLogin.Satisfied(properties, LoggedInAt(asked.AddMinutes(-10)))); // the provider's old session, not a new login
        Assert.False(FreshLogin.Satisfied(properties, new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity()))); // no auth_time
        Assert.True(FreshLogin.Satisfied(new AuthenticationProperties(), LoggedInAt(asked.AddDays(-1)))); // an ordinary login asks nothing
        Assert.Equal("/", FreshLogin.Challenge("https://evil.example/", asked).RedirectUri);
    }

    [Fact]
    public async Task A_grantee_with_full_power_of_attorney_cannot_change_it_and_a_limited_one_does_not_see_it()
    {
        portal.Clock.Now = DateTimeOffset.UtcNow;
        using var ola = portal.CreatePortalClient();
        await ola.LoginAsync("ola");
        await ola.PostFormAsync("/kundeforhold/bytt", await ola.GetPageAsync("/"), new Dictionary<string, string> { ["kundenummer"] = "10000033" }, "form.switcher");
        var page = await ola.GetPageAsync("/utbetalingskonto");
        Assert.NotNull(page.QuerySelector("[data-testid=payout-not-holder]"));
        Assert.Null(page.QuerySelector("[data-testid=payout-form]"));
        var posted = await ola.PostFormAsync("/utbetalingskonto", page, Account("5201 06 12349", "Ola Hansen"));
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);

        await using (await PortalDatabase.GrantAsync(portal, DemoPeople.Ingrid, KariHome, AccessLevel.Limited))
        {
            using var ingrid = portal.CreatePortalClient();
            await ingrid.LoginAsync("ingrid");
            await ingrid.PostFormAsync("/kundeforhold/bytt", await ingrid.GetPageAsync("/"), new Dictionary<string, string> { ["kundenummer"] = KariHome }, "form.switcher");
            var limited = await ingrid.GetPageAsync("/utbetalingskonto");
            Assert.Null(limited.QuerySelector("[data-testid=payout-account]"));
            Assert.Equal(HttpStatusCode.Forbidden, (await ingrid.PostFormAsync("/utbetalingskonto", await ingrid.GetPageAsync("/fullmakt"), Account("5201 06 12349", "Ingrid Hansen"))).StatusCode);
        }

        await PortalDatabase.ChangeAsync(portal, async db => Assert.False(await db.PayoutAccounts.AnyAsync()));
    }

    private static Dictionary<string, string> Account(string number, string holder) => new()
    {
        ["Input.Choice"] = ChangePayoutAccount.AccountChoice, ["Input.AccountNumber"] = number, ["Input.HolderName"] = holder,
    };

    private Task CleanUpAsync() => PortalDatabase.ChangeAsync(portal, async db =>
    {
        await db.PayoutAccounts.ExecuteDeleteAsync();
        await db.OutboxMessages.Where(m => m.IdempotencyKey.StartsWith("payout-account:")).ExecuteDeleteAsync();
        await db.AuditEntries.Where(a => a.Action == AuditAction.PayoutAccountChanged).ExecuteDeleteAsync();
    });
}
