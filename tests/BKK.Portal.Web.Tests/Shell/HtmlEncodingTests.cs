using BKK.Portal.Web.Tests.Support;

namespace BKK.Portal.Web.Tests.Shell;

/// <summary>Norwegian letters go out as letters; markup characters stay encoded.</summary>
[Collection(PortalCollection.Name)]
public sealed class HtmlEncodingTests(PortalFactory factory)
{
    [Fact]
    public async Task Norwegian_letters_are_sent_as_themselves_not_as_entities()
    {
        using var visitor = factory.CreatePortalClient();

        var html = await (await visitor.Http.GetAsync("/personvern")).Content.ReadAsStringAsync();

        Assert.Contains("Personvernerklæring", html, StringComparison.Ordinal);
        Assert.Contains("Hvor lenge vi lagrer opplysningene", html, StringComparison.Ordinal);
        foreach (var entity in new[] { "&#xE6;", "&#xF8;", "&#xE5;", "&#xC6;", "&#xD8;", "&#xC5;" })
        {
            Assert.DoesNotContain(entity, html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Quotes_and_angle_brackets_a_person_typed_are_still_encoded()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var page = await kari.GetPageAsync("/kundeforhold");

        var refused = await kari.PostFormAsync("/kundeforhold", page, new Dictionary<string, string>
        {
            ["Input.AddressLine"] = "Blåbærveien \"7\" <b>&</b>", ["Input.PostalCode"] = "5018", ["Input.PostalPlace"] = "Bergen",
            ["Input.Phone"] = "+47 912 34 567", ["Input.Email"] = "ikke-en-adresse",
        }, "form.contact-form");
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Contains("Blåbærveien &quot;7&quot; &lt;b&gt;&amp;&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>&</b>", html, StringComparison.Ordinal);
    }
}
