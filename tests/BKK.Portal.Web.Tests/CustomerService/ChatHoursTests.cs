using System.Net;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Web.Tests.CustomerService;

/// <summary>The chat outside its opening hours (a Sunday, Oslo time): no chat starts, and the message is left as an inquiry instead.</summary>
public sealed class ChatHoursTests(ChatHoursTests.SundayPortal portal) : IClassFixture<ChatHoursTests.SundayPortal>
{
    public sealed class SundayPortal() : ClockPortal(ManualClock.OsloNoon(new DateOnly(2026, 11, 29)))
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Chat:AlwaysOpen", "false")];
    }

    [Fact]
    public async Task Outside_opening_hours_no_chat_starts_and_a_visitors_message_becomes_an_inquiry_without_a_relationship()
    {
        using var visitor = portal.CreatePortalClient();
        var page = await visitor.GetPageAsync("/chat");
        Assert.NotNull(page.QuerySelector("[data-testid=chat-closed]"));
        Assert.Null(page.QuerySelector("[data-testid=chat-start]"));

        var refused = await visitor.PostFormAsync("/chat?handler=Leave", page, new Dictionary<string, string> { ["Input.Topic"] = "Other", ["Input.Name"] = "Vera" }, "[data-testid=chat-leave-form]");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var direct = await visitor.PostFormAsync("/chat", page, new Dictionary<string, string> { ["Input.Topic"] = "Other", ["Input.Name"] = "Vera" }, "[data-testid=chat-leave-form]");
        Assert.Equal(HttpStatusCode.Conflict, direct.StatusCode); // a start posted while closed starts nothing

        var left = await visitor.PostFormAsync("/chat?handler=Leave", page,
            new Dictionary<string, string> { ["Input.Topic"] = "PowerOutage", ["Input.Name"] = "Vera", ["Input.Text"] = "Strømmen er borte. Ring meg på 40000009." }, "[data-testid=chat-leave-form]");
        Assert.Equal(HttpStatusCode.OK, left.StatusCode);
        Assert.Contains("henvendelse nr.", (await PortalClient.ParseAsync(left)).QuerySelector("[data-testid=chat-left]")!.TextContent, StringComparison.Ordinal);

        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var inquiry = await db.Inquiries.Include(i => i.Messages).OrderByDescending(i => i.Id).FirstAsync();
        Assert.Equal((null, "Vera", Domain.Inquiries.InquiryStatus.Received), (inquiry.CustomerRelationshipId, inquiry.FromChatWith, inquiry.Status));
        Assert.Equal("Strømmen er borte. Ring meg på 40000009.", inquiry.Messages.Single().Text);
        Assert.False(await db.Chats.AnyAsync());
    }
}
