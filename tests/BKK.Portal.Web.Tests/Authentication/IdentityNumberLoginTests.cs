using System.Security.Claims;
using BKK.Portal.Application.Customers;
using BKK.Portal.Web.Authentication;
using BKK.Portal.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Web.Tests.Authentication;

/// <summary>An ID-porten login: a per-client <c>sub</c> the portal has never seen, and the identity number in <c>pid</c>.</summary>
[Collection(PortalCollection.Name)]
public sealed class IdentityNumberLoginTests(PortalFactory factory)
{
    private const string KariIdentityNumber = "12847810082";

    [Fact]
    public async Task The_person_is_found_by_identity_number_and_the_cookie_carries_the_portals_subject_not_the_number()
    {
        var principal = Principal(("sub", "idporten-pairwise-9f2c"), ("pid", KariIdentityNumber), ("acr", "idporten-loa-substantial"));

        var mapped = await MapAsync(principal);

        Assert.NotNull(mapped);
        Assert.Equal("demo-kari", mapped.FindFirstValue("sub"));
        Assert.Equal("idporten-pairwise-9f2c", mapped.FindFirstValue(IdentityNumberLogin.ProviderSubjectClaim));
        Assert.DoesNotContain(mapped.Claims, c => c.Value == KariIdentityNumber);
        Assert.Equal("idporten-loa-substantial", mapped.FindFirstValue("acr"));
    }

    [Theory]
    [InlineData("01010112345")] // well formed check digits aside: nobody here
    [InlineData("12847810083")] // a wrong check digit
    [InlineData("not a number")]
    public async Task An_identity_number_of_nobody_here_logs_nobody_in(string pid)
    {
        Assert.Null(await MapAsync(Principal(("sub", "idporten-pairwise-1"), ("pid", pid))));
    }

    [Fact]
    public async Task A_token_without_an_identity_number_is_used_as_it_is()
    {
        var principal = Principal(("sub", "demo-ola"), ("name", "Ola Hansen"));

        Assert.Same(principal, await MapAsync(principal));
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("idporten-loa-substantial idporten-loa-high", "idporten-loa-high", true)]
    [InlineData("idporten-loa-substantial idporten-loa-high", "idporten-loa-low", false)]
    [InlineData("idporten-loa-high", null, false)]
    public void Only_the_levels_of_assurance_asked_for_are_accepted(string? asked, string? acr, bool accepted)
    {
        var principal = acr is null ? Principal(("sub", "x")) : Principal(("sub", "x"), ("acr", acr));

        Assert.Equal(accepted, IdentityNumberLogin.AcceptsLevel(principal, asked));
    }

    private async Task<ClaimsPrincipal?> MapAsync(ClaimsPrincipal principal)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await IdentityNumberLogin.MapAsync(principal, scope.ServiceProvider.GetRequiredService<PersonQuery>(), allowSynthetic: true, CancellationToken.None);
    }

    private static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "oidc", "name", "role"));
}
