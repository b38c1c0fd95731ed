using System.Net;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Web.Tests.Customers;

[Collection(PortalCollection.Name)]
public sealed class FormsTests(PortalFactory factory)
{
    [Theory]
    [InlineData("/kundeforhold", "Input.Phone=40000000")]
    [InlineData("/henvendelser", "Input.Topic=Other&Input.Text=Hei")]
    [InlineData("/fullmakt?handler=Grant", "Input.Name=Per%20Bakke&Input.Level=Full")]
    [InlineData("/fullmakt?handler=Revoke", "fullmakt=1")]
    public async Task Every_form_refuses_a_post_without_its_antiforgery_token(string url, string body)
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var (inquiries, grants, audits) = await CountsAsync();

        var response = await kari.Http.PostAsync(url, new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal((inquiries, grants, audits), await CountsAsync());
    }

    private async Task<(int, int, int)> CountsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return (await db.Inquiries.CountAsync(), await db.AccessGrants.CountAsync(), await db.AuditEntries.CountAsync());
    }
}
