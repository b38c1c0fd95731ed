using System.Net;
using BKK.Portal.Domain.Inquiries;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Web.Tests.Inquiries;

[Collection(PortalCollection.Name)]
public sealed class InquiryPageTests(PortalFactory factory)
{
    [Fact]
    public async Task The_list_shows_the_relationships_inquiries_and_the_case_log_shows_who_wrote_what()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");

        var list = await kari.GetPageAsync("/henvendelser");
        var statuses = list.QuerySelectorAll("[data-testid=inquiry-status]").Select(s => s.TextContent).ToList();
        Assert.Contains("Besvart", statuses);
        Assert.Contains("Avsluttet", statuses);

        var answered = list.QuerySelectorAll("[data-testid=inquiries] tbody tr").First(r => r.TextContent.Contains("Besvart", StringComparison.Ordinal));
        var detail = await kari.GetPageAsync(answered.QuerySelector("a")!.GetAttribute("href")!);
        var log = detail.QuerySelector("[data-testid=case-log]")!.TextContent;
        Assert.Contains("Kari Nordmann (Kunde)", log, StringComparison.Ordinal);
        Assert.Contains("(Kundeservice)", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_inquiry_is_sent_shown_with_a_message_and_listed()
    {
        using var ola = factory.CreatePortalClient();
        await ola.LoginAsync("ola");
        var page = await ola.GetPageAsync("/henvendelser");

        var response = await ola.PostFormAsync("/henvendelser", page,
            new Dictionary<string, string> { ["Input.Topic"] = "PowerOutage", ["Input.Text"] = "Strømmen gikk i går kveld kl. 21. Hva skjedde?" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches(@"^/henvendelser/\d+\?sendt=1$", location);
        var detail = await ola.GetPageAsync(location);
        Assert.NotNull(detail.QuerySelector("[data-testid=sent]"));
        Assert.Equal("Mottatt", detail.QuerySelector("[data-testid=inquiry-status]")!.TextContent);
        Assert.Contains("Strømbrudd", (await ola.GetPageAsync("/henvendelser")).QuerySelector("[data-testid=inquiries]")!.TextContent, StringComparison.Ordinal);

        var added = await ola.PostFormAsync(location.Split('?')[0], detail, new Dictionary<string, string> { ["Input.Text"] = "Den kom tilbake kl. 23." });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Den kom tilbake kl. 23.", (await ola.GetPageAsync(location.Split('?')[0])).QuerySelector("[data-testid=case-log]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Hei", "Input_Topic", "Velg et emne.")]
    [InlineData("99", "Hei", "Input_Topic", "Velg et emne.")] // the binder refuses a value outside the list before the validator sees it
    [InlineData("Meter", "", "Input_Text", "Skriv hva henvendelsen gjelder.")]
    [InlineData("Meter", "x4001", "Input_Text", "høyst 4")]
    public async Task A_bad_inquiry_gets_its_message_beside_the_field_and_nothing_is_saved(string topic, string text, string field, string message)
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var page = await kari.GetPageAsync("/henvendelser");
        var count = await CountAsync();
        var typed = text == "x4001" ? new string('x', 4001) : text;

        var response = await kari.PostFormAsync("/henvendelser", page, new Dictionary<string, string> { ["Input.Topic"] = topic, ["Input.Text"] = typed });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var result = await PortalClient.ParseAsync(response);
        Assert.Contains(message, result.QuerySelector($"#{field}-feil")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(typed, result.QuerySelector("#Input_Text")!.TextContent);
        Assert.Equal(count, await CountAsync());
    }

    [Fact]
    public async Task A_closed_inquiry_takes_no_message_and_an_empty_message_is_refused()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var closed = await IdOfAsync("10000017", InquiryStatus.Closed);
        var open = await IdOfAsync("10000017", InquiryStatus.Answered);
        var page = await kari.GetPageAsync($"/henvendelser/{open}");
        var before = await MessagesAsync(closed) + await MessagesAsync(open);

        var toClosed = await kari.PostFormAsync($"/henvendelser/{closed}", page, new Dictionary<string, string> { ["Input.Text"] = "Hallo?" });
        Assert.Equal(HttpStatusCode.BadRequest, toClosed.StatusCode);
        Assert.Contains("avsluttet", (await PortalClient.ParseAsync(toClosed)).QuerySelector("[data-testid=form-errors]")!.TextContent, StringComparison.Ordinal);

        var empty = await kari.PostFormAsync($"/henvendelser/{open}", page, new Dictionary<string, string> { ["Input.Text"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Skriv en melding.", (await PortalClient.ParseAsync(empty)).QuerySelector("#Input_Text-feil")!.TextContent, StringComparison.Ordinal);

        var tooLong = await kari.PostFormAsync($"/henvendelser/{open}", page, new Dictionary<string, string> { ["Input.Text"] = new string('x', 4001) });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        var tooLongPage = await PortalClient.ParseAsync(tooLong);
        Assert.Contains("høyst 4", tooLongPage.QuerySelector("#Input_Text-feil")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", tooLongPage.QuerySelector("#Input_Text")!.GetAttribute("aria-invalid"));
        Assert.Equal("#Input_Text", tooLongPage.QuerySelector("[data-testid=form-errors] a")!.GetAttribute("href"));
        Assert.Equal(before, await MessagesAsync(closed) + await MessagesAsync(open));
    }

    [Fact]
    public async Task Another_relationships_inquiry_is_not_found_to_read_or_to_write_to()
    {
        var pers = await IdOfAsync("20000016", InquiryStatus.Received);
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var page = await kari.GetPageAsync("/henvendelser");
        var before = await MessagesAsync(pers);

        Assert.Equal(HttpStatusCode.NotFound, (await kari.Http.GetAsync($"/henvendelser/{pers}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await kari.Http.GetAsync("/henvendelser/abc")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await kari.PostFormAsync($"/henvendelser/{pers}", page, new Dictionary<string, string> { ["Input.Text"] = "Hei" })).StatusCode);
        Assert.Equal(before, await MessagesAsync(pers));
    }

    private async Task<int> CountAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Inquiries.CountAsync();
    }

    private async Task<int> MessagesAsync(int id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Inquiries.Where(i => i.Id == id).SelectMany(i => i.Messages).CountAsync();
    }

    private async Task<int> IdOfAsync(string customerNumber, InquiryStatus status)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var number = Domain.Customers.CustomerNumber.Parse(customerNumber).Value!;
        var relationship = await db.CustomerRelationships.Where(r => r.CustomerNumber == number).Select(r => r.Id).SingleAsync();
        return await db.Inquiries.Where(i => i.CustomerRelationshipId == relationship && i.Status == status).Select(i => i.Id).FirstAsync();
    }
}
