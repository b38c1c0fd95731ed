using System.Net;
using BKK.Portal.Application.Notifications;
using BKK.Portal.Domain.Notifications;
using BKK.Portal.Infrastructure.DemoData;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Web.Tests.Notifications;

/// <summary>Varsler (the choices page) and the unsubscribe link over HTTP.</summary>
public sealed class NotificationChoicesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<(int Person, int Relationship)> KariHomeAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var kari = await db.People.SingleAsync(p => p.Subject == DemoPeople.Kari);
        var home = await db.MeteringPoints.Where(p => p.GridStation == "NS-5019").Select(p => p.CustomerRelationshipId).SingleAsync();
        return (kari.Id, home);
    }

    private async Task<NotificationChoice?> ChoiceAsync(int person, int relationship)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.NotificationChoices.AsNoTracking().SingleOrDefaultAsync(c => c.PersonId == person && c.CustomerRelationshipId == relationship);
    }

    [Fact]
    public async Task A_customer_sees_the_defaults_chooses_by_channel_and_gets_a_message_for_each_bad_input()
    {
        using var kari = portal.CreatePortalClient();
        await kari.LoginAsync("ingrid"); // her own choices start from the defaults; Kari's are changed by the other test
        var page = await kari.GetPageAsync("/varsler");
        Assert.NotNull(page.QuerySelector("[data-testid=default-choice]"));
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#sms-outage")!).IsChecked);
        Assert.False(((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#email-outage")!).IsChecked);
        Assert.Contains("ikke et mobilnummer", page.QuerySelector("[data-testid=sends-to]")!.TextContent, StringComparison.Ordinal); // a landline

        var refused = await kari.PostFormAsync("/varsler", page, new Dictionary<string, string>
        {
            ["Input.Sms"] = "HighConsumption", ["Input.Language"] = "se", ["Input.CapacityMarginKw"] = "mye", ["Input.DailyLimitKwh"] = string.Empty,
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await PortalClient.ParseAsync(refused)).QuerySelector("[data-testid=form-errors]")!.TextContent;
        Assert.Contains("Velg bokmål, nynorsk eller engelsk.", errors, StringComparison.Ordinal);
        Assert.Contains("Skriv en margin mellom", errors, StringComparison.Ordinal);
        Assert.Contains("Høyt forbruk trenger en grense per døgn.", errors, StringComparison.Ordinal);

        var form = new FormUrlEncodedContent([
            new("Input.Sms", "Outage"), new("Input.Sms", "HighConsumption"), new("Input.Email", "InquiryAnswered"), new("Input.Email", "InvoiceReady"),
            new("Input.Language", "nn"), new("Input.CapacityMarginKw", "1,5"), new("Input.DailyLimitKwh", "80"),
            new("__RequestVerificationToken", page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]);
        var saved = await kari.Http.PostAsync("/varsler", form);
        Assert.Equal("/varsler?lagret=varsler", saved.Headers.Location?.OriginalString);
        var after = await kari.GetPageAsync("/varsler");
        Assert.Null(after.QuerySelector("[data-testid=default-choice]"));
        Assert.Equal(
            ["sms-outage", "sms-high-consumption", "email-invoice-ready", "email-inquiry-answered"],
            after.QuerySelectorAll("[data-testid=choices-form] input[type=checkbox]").OfType<AngleSharp.Html.Dom.IHtmlInputElement>().Where(i => i.IsChecked).Select(i => i.Id!));
        Assert.Equal("1,5", after.QuerySelector("#Input_CapacityMarginKw")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_unsubscribe_link_works_without_login_for_its_own_kind_and_person_only_and_a_forged_one_for_nothing()
    {
        var (kari, home) = await KariHomeAsync();
        var links = portal.Services.GetRequiredService<IUnsubscribeLinks>();
        var link = new Uri(links.Create(new UnsubscribeRequest(kari, home, NotificationKind.PlannedWork)));
        using var anybody = portal.CreatePortalClient();

        // Asking (a mail program checking the link) changes nothing.
        var question = await anybody.GetPageAsync(link.AbsolutePath);
        Assert.Null(await ChoiceAsync(kari, home));

        var done = await anybody.PostFormAsync(link.AbsolutePath, question, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var choice = await ChoiceAsync(kari, home);
        Assert.NotNull(choice);
        Assert.False(choice.Wants(NotificationKind.PlannedWork, NotificationChannel.Sms));
        Assert.True(choice.Wants(NotificationKind.Outage, NotificationChannel.Sms)); // only its own kind

        // An altered token turns off nothing, and says the link does not work.
        var token = link.AbsolutePath["/varsler/stopp/".Length..];
        var forged = "/varsler/stopp/" + token[..^3] + (token[^3] == 'A' ? "Bxx" : "Axx");
        var refused = await anybody.Http.GetAsync(forged);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.NotNull((await PortalClient.ParseAsync(refused)).QuerySelector("[data-testid=stop-invalid]"));
        var post = await anybody.PostFormAsync(forged, question, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.True((await ChoiceAsync(kari, home))!.Wants(NotificationKind.Outage, NotificationChannel.Sms));

        // The POST needs the form's antiforgery token.
        var bare = await anybody.Http.PostAsync(link.AbsolutePath, new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
    }
}
