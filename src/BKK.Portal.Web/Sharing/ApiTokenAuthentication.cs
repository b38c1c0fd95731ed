using System.Security.Claims;
using System.Text.Encodings.Web;
using BKK.Portal.Application.Sharing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Web.Sharing;

/// <summary>
/// The API's login: <c>Authorization: Bearer bkk_…</c> and nothing else (never a cookie, never the query string, so a
/// token is not in a log or a browser's history). Every wrong token, whatever is wrong with it, gets the same 401
/// problem; none at all gets the 401 without an error code, as RFC 6750 says.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiTokenAuthenticator authenticator)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    private const string CallerKey = "bkk.api-caller";

    /// <summary>The caller this request was authenticated as (the endpoints run only after that).</summary>
    public static ApiCaller Caller(HttpContext context) =>
        context.Items[CallerKey] as ApiCaller ?? throw new InvalidOperationException("The API endpoint ran without its token check.");

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        const string bearer = "Bearer ";
        var presented = header.StartsWith(bearer, StringComparison.OrdinalIgnoreCase) ? header[bearer.Length..].Trim() : null;
        var caller = await authenticator.AuthenticateAsync(presented, Context.RequestAborted);
        if (caller is null)
        {
            return AuthenticateResult.Fail("The token is not valid."); // the same words whatever is wrong; nothing of the token
        }

        Context.Items[CallerKey] = caller;
        var identity = new ClaimsIdentity([new Claim("api_token", caller.TokenId.ToString(System.Globalization.CultureInfo.InvariantCulture))], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var presented = Request.Headers.Authorization.Count > 0;
        Response.Headers.WWWAuthenticate = presented
            ? "Bearer realm=\"bkk-api\", error=\"invalid_token\""
            : "Bearer realm=\"bkk-api\"";
        await ApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, presented ? "Problem.TokenInvalid" : "Problem.TokenMissing");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, "Problem.Scope");
}
