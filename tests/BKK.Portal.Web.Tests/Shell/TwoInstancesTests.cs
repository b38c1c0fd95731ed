using System.Net;
using BKK.Portal.Web.Tests.Support;

namespace BKK.Portal.Web.Tests.Shell;

/// <summary>Two portal processes on two ports over one database, as the production topology runs them behind its proxy.</summary>
public sealed class TwoInstancesTests : IDisposable
{
    private readonly TempFolder _folder = new("two-");

    [Fact]
    public async Task A_login_on_one_instance_is_valid_on_the_other_and_a_form_rendered_by_one_posts_to_the_other()
    {
        string[] settings =
        [
            $"--Database:DataDirectory={_folder.Combine("db")}",
            $"--DevIdentity:DataDirectory={_folder.Combine("idp")}",
            $"--Logging:Directory={PortalFactory.LogDirectory}",
            "--Demo:Seed=true",
            "--Identity:AcceptSyntheticNumbers=true",
            "--Retention:Enabled=false",
        ];
        // Each with a home of its own, as on two machines: what they share is the database only.
        await using var first = await PortalProcess.StartAsync(settings, _folder.Combine("home-1"));
        await using var second = await PortalProcess.StartAsync(settings, _folder.Combine("home-2")); // on the database the first one made

        // One browser: cookies of 127.0.0.1 go to both ports, as they would to both instances behind one host name.
        using var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var one = new PortalClient(new HttpClient(handler, disposeHandler: false) { BaseAddress = first.Address });
        using var other = new PortalClient(new HttpClient(handler, disposeHandler: false) { BaseAddress = second.Address });

        await one.LoginAsync("kari");
        var elsewhere = await other.Http.GetAsync("/kundeforhold");

        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
        Assert.Contains("Kari Nordmann", await elsewhere.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(elsewhere.Headers.Contains("Server"), "Kestrel names itself");

        var form = await one.GetPageAsync("/kundeforhold");
        var posted = await other.PostFormAsync("/kundeforhold", form, new Dictionary<string, string>
        {
            ["Input.AddressLine"] = "Fjellveien 12", ["Input.PostalCode"] = "5019", ["Input.PostalPlace"] = "Bergen",
            ["Input.Phone"] = "40000002", ["Input.Email"] = "kari.nordmann@example.no",
        }, "form.contact-form");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode); // the antiforgery token of one is good on the other
        var saved = await one.GetPageAsync("/kundeforhold");
        Assert.Equal("+4740000002", saved.QuerySelector("form.contact-form input[name='Input.Phone']")!.GetAttribute("value"));

        await using var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_folder.Combine("db", "portal.db")};Mode=ReadOnly;Pooling=False");
        await db.OpenAsync();
        await using var keys = db.CreateCommand();
        keys.CommandText = "SELECT COUNT(*) FROM DataProtectionKeys";
        Assert.Equal(1L, await keys.ExecuteScalarAsync()); // one key ring, made by the first instance, read by the second
        Assert.False(Directory.Exists(_folder.Combine("home-1", ".aspnet", "DataProtection-Keys")), "keys kept in a file");

        // The session is one row both read: a logout on one ends it on the other, even for a cookie copied before.
        var copied = handler.CookieContainer.GetCookieHeader(first.Address);
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync(second.Address, copied)).StatusCode);
        await one.PostFormAsync("/logg-ut", await one.GetPageAsync("/"), new Dictionary<string, string>(), "form[action='/logg-ut']");
        Assert.Equal(HttpStatusCode.Redirect, (await GetWithCookieAsync(second.Address, copied)).StatusCode);
    }

    private static async Task<HttpResponseMessage> GetWithCookieAsync(Uri instance, string cookie)
    {
        using var replay = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = instance };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/kundeforhold");
        request.Headers.Add("Cookie", cookie);
        return await replay.SendAsync(request);
    }

    public void Dispose() => _folder.Dispose();
}
