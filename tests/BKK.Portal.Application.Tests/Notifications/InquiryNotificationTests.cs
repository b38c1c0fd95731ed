using BKK.Portal.Application.Notifications;
using BKK.Portal.Domain.Inquiries;
using BKK.Portal.Domain.Notifications;
using BKK.Portal.Infrastructure.DemoData;
using Microsoft.EntityFrameworkCore;

namespace BKK.Portal.Application.Tests.Notifications;

/// <summary>
/// "Inquiry answered" through the outbox: written in the answer's save for the people who chose it, on the channels
/// they have an address for, once per answer, with a link that turns off that kind only.
/// </summary>
public sealed class InquiryNotificationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

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

    private static (OutboxInquiryNotifications Notifications, IUnsubscribeLinks Links) Notifier(TestDatabase database)
    {
        var (composer, links) = TestMessages.Composer(database.Db, new ManualClock(Now));
        return (new OutboxInquiryNotifications(new NotificationRecipients(database.Db), composer), links);
    }

    private static async Task ChooseAsync(TestDatabase database, string subject, int relationshipId, NotificationKind sms, NotificationKind email)
    {
        var person = await database.Db.People.SingleAsync(p => p.Subject == subject);
        var choice = new NotificationChoice(person.Id, relationshipId, Now.UtcDateTime);
        choice.Choose(sms, email, Domain.Common.Language.Nynorsk, null, null, Now.UtcDateTime);
        database.Db.NotificationChoices.Add(choice);
        await database.Db.SaveChangesAsync();
    }

    [Fact]
    public async Task An_answer_tells_those_who_chose_it_on_the_channels_they_can_be_reached_on_once()
    {
        await using var database = await SeededAsync();
        var ingrid = await database.Db.People.SingleAsync(p => p.Subject == DemoPeople.Ingrid);
        var home = await database.Db.AccessGrants.Where(g => g.PersonId == ingrid.Id).Select(g => g.CustomerRelationshipId).SingleAsync();
        var inquiry = new Inquiry(home, InquiryTopic.Invoice, "Hvorfor er fakturaen høy?", "Ingrid Hansen", Now, DemoPeople.Ingrid);
        database.Db.Inquiries.Add(inquiry);
        await database.Db.SaveChangesAsync();
        var (notifier, links) = Notifier(database);

        // Nobody has chosen it: the default is outages and planned work only.
        inquiry.Answer("Den gjelder to måneder.", "Silje", Now);
        await notifier.AnsweredAsync(inquiry, CancellationToken.None);
        await database.Db.SaveChangesAsync();
        Assert.Empty(await database.Db.OutboxMessages.ToListAsync());

        // Ingrid by SMS and e-mail (her phone is a landline: e-mail only); Ola, with a full fullmakt, by SMS.
        await ChooseAsync(database, DemoPeople.Ingrid, home, NotificationKind.InquiryAnswered, NotificationKind.InquiryAnswered);
        await ChooseAsync(database, DemoPeople.Ola, home, NotificationKind.InquiryAnswered, NotificationKind.None);
        inquiry.AskForMore("Hvilken måned gjelder det?", "Silje", Now.AddMinutes(5));
        await notifier.AnsweredAsync(inquiry, CancellationToken.None);
        await database.Db.SaveChangesAsync();

        var messages = await database.Db.OutboxMessages.OrderBy(m => m.Channel).ToListAsync();
        Assert.Equal(
            [(NotificationChannel.Sms, "+4799887766"), (NotificationChannel.Email, "ingrid.hansen@example.no")],
            messages.Select(m => (m.Channel, m.Recipient)));
        Assert.All(messages, m => Assert.Contains($"https://minside.example.no/henvendelser/{inquiry.Id}", m.Body, StringComparison.Ordinal));
        Assert.All(messages, m => Assert.Contains("treng meir", m.Body, StringComparison.Ordinal)); // nynorsk, as chosen; asked for more
        Assert.All(messages, m => Assert.DoesNotContain(ingrid.NationalIdentityNumber.Value, m.Body + m.HtmlBody, StringComparison.Ordinal));
        Assert.All(messages, m => Assert.DoesNotContain("Ingrid", m.Body + m.Subject, StringComparison.Ordinal));

        // The same step told again (a retried save) makes nothing new.
        await notifier.AnsweredAsync(inquiry, CancellationToken.None);
        await database.Db.SaveChangesAsync();
        Assert.Equal(2, await database.Db.OutboxMessages.CountAsync());

        // The link names the person, the relationship and the kind; an altered one names nothing.
        var link = messages.Single(m => m.Channel == NotificationChannel.Sms).Body.Split(' ', '\n').Single(w => w.Contains("/varsler/stopp/", StringComparison.Ordinal));
        var token = link[(link.IndexOf("/varsler/stopp/", StringComparison.Ordinal) + "/varsler/stopp/".Length)..];
        var ola = await database.Db.People.SingleAsync(p => p.Subject == DemoPeople.Ola);
        Assert.Equal(new UnsubscribeRequest(ola.Id, home, NotificationKind.InquiryAnswered), links.Read(token));
        Assert.Null(links.Read(token[..^2] + (token[^2] == 'A' ? "BB" : "AA")));
        Assert.Null(links.Read("not-a-token"));
    }
}
