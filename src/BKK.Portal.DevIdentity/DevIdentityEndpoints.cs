using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace BKK.Portal.DevIdentity;

/// <summary>
/// The provider's own pages: a login form for the synthetic users, and the passthrough
/// handlers of the authorization and end-session endpoints. Plain HTML, no Razor, so the
/// project mounts into any host without bringing pages along.
/// </summary>
internal static class DevIdentityEndpoints
{
    public static async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/connect/authorize"))
        {
            await AuthorizeAsync(context);
        }
        else if (path.StartsWithSegments("/connect/endsession"))
        {
            await EndSessionAsync(context);
        }
        else if (path.StartsWithSegments("/login") && HttpMethods.IsGet(context.Request.Method))
        {
            await WriteLoginFormAsync(context, ReturnUrl(context.Request.Query["returnUrl"]), null, null);
        }
        else if (path.StartsWithSegments("/login") && HttpMethods.IsPost(context.Request.Method))
        {
            await LoginAsync(context);
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    private static async Task AuthorizeAsync(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request could not be read.");
        var session = await context.AuthenticateAsync(DevIdentityExtensions.CookieScheme);
        var now = Clock(context).GetUtcNow();
        var authenticated = session.Succeeded && long.TryParse(session.Principal!.FindFirstValue(Claims.AuthenticationTime), out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : (DateTimeOffset?)null;
        var tooOld = request.MaxAge is { } maxAge && (authenticated is null || now - authenticated.Value > TimeSpan.FromSeconds(maxAge));
        if (!session.Succeeded || request.HasPromptValue(PromptValues.Login) || tooOld)
        {
            // Back here after the login without prompt and max_age, which the login just made meets (kept, they would ask forever).
            var query = QueryHelpers.ParseQuery(context.Request.QueryString.Value)
                .Where(p => p.Key is not (Parameters.Prompt or Parameters.MaxAge))
                .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)));
            var returnUrl = context.Request.PathBase + context.Request.Path + QueryString.Create(query);
            context.Response.Redirect($"{context.Request.PathBase}/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
            return;
        }

        var user = session.Principal!;
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.FindFirstValue(Claims.Subject))
            .SetClaim(Claims.Name, user.FindFirstValue(Claims.Name))
            .SetClaim(Claims.AuthenticationTime, authenticated?.ToUnixTimeSeconds());
        if (user.FindFirstValue(Claims.Role) is { } role)
        {
            identity.SetClaim(Claims.Role, role);
        }

        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(static claim => claim.Type switch
        {
            Claims.Name or Claims.Role or Claims.AuthenticationTime => [Destinations.AccessToken, Destinations.IdentityToken],
            _ => [Destinations.AccessToken],
        });
        await context.SignInAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
    }

    private static async Task EndSessionAsync(HttpContext context)
    {
        await context.SignOutAsync(DevIdentityExtensions.CookieScheme);
        await context.SignOutAsync(
            OpenIddictServerAspNetCoreDefaults.AuthenticationScheme,
            new AuthenticationProperties { RedirectUri = context.Request.PathBase + "/login" });
    }

    private static async Task LoginAsync(HttpContext context)
    {
        var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await WriteLoginFormAsync(context, null, null, "Skjemaet er utløpt. Last siden på nytt og prøv igjen.");
            return;
        }

        var form = await context.Request.ReadFormAsync();
        var username = form["username"].ToString().Trim();
        var returnUrl = ReturnUrl(form["returnUrl"]);
        var options = context.RequestServices.GetRequiredService<IOptions<DevIdentityOptions>>().Value;
        var user = options.EffectiveUsers.FirstOrDefault(u =>
            string.Equals(u.Username, username, StringComparison.OrdinalIgnoreCase)
            && CryptographicEquals(u.Password, form["password"].ToString()));
        if (user is null)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            await WriteLoginFormAsync(context, returnUrl, username, "Feil brukernavn eller passord.");
            return;
        }

        var identity = new ClaimsIdentity(DevIdentityExtensions.CookieScheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, user.Subject));
        identity.AddClaim(new Claim(Claims.AuthenticationTime, Clock(context).GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), ClaimValueTypes.Integer64));
        identity.AddClaim(new Claim(Claims.Name, user.Name));
        if (user.Role is not null)
        {
            identity.AddClaim(new Claim(Claims.Role, user.Role));
        }

        await context.SignInAsync(DevIdentityExtensions.CookieScheme, new ClaimsPrincipal(identity));
        context.Response.Redirect(returnUrl ?? context.Request.PathBase + "/login");
    }

    /// <summary>The host's clock, so that a test that moves it moves the provider's login times too.</summary>
    private static TimeProvider Clock(HttpContext context) => context.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System;

    /// <summary>Only a return to this provider's own authorization endpoint is followed.</summary>
    private static string? ReturnUrl(string? candidate) =>
        candidate is not null
        && candidate.StartsWith(DevIdentityOptions.PathBase + "/connect/authorize?", StringComparison.Ordinal)
        && !candidate.Contains("//", StringComparison.Ordinal)
            ? candidate
            : null;

    private static bool CryptographicEquals(string expected, string actual) =>
        System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(expected), System.Text.Encoding.UTF8.GetBytes(actual));

    private static async Task WriteLoginFormAsync(HttpContext context, string? returnUrl, string? username, string? error)
    {
        var html = HtmlEncoder.Default;
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        var options = context.RequestServices.GetRequiredService<IOptions<DevIdentityOptions>>().Value;
        var users = string.Concat(options.EffectiveUsers.Select(u =>
            $"<li><code>{html.Encode(u.Username)}</code> ({html.Encode(u.Name)}{(u.Role is null ? string.Empty : ", " + html.Encode(u.Role))})</li>"));
        var errorBlock = error is null
            ? string.Empty
            : $"<p class=\"error\" role=\"alert\" id=\"login-error\">{html.Encode(error)}</p>";
        var described = error is null ? string.Empty : " aria-describedby=\"login-error\"";
        var notice = returnUrl is null
            ? "<p>Du er logget ut av testinnloggingen. Gå tilbake til Mine sider for å logge inn igjen.</p>"
            : string.Empty;

        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="nb">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Logg inn (testinnlogging) – Mine sider – BKK</title>
            <style>
            body { font-family: system-ui, sans-serif; max-width: 28rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; line-height: 1.5; }
            label { display: block; font-weight: 600; margin-top: 1rem; }
            input { width: 100%; box-sizing: border-box; padding: .6rem; font-size: 1rem; border: 1px solid #555; border-radius: 4px; }
            input:focus, button:focus { outline: 3px solid #0b5394; outline-offset: 2px; }
            button { margin-top: 1.5rem; padding: .7rem 1.5rem; font-size: 1rem; background: #0b5394; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
            .error { color: #a4000f; font-weight: 600; }
            .note { background: #fff4ce; padding: .75rem 1rem; border-radius: 4px; }
            </style>
            </head>
            <body>
            <main>
            <h1>Logg inn</h1>
            <p class="note">Dette er en testinnlogging med syntetiske kunder. Den brukes bare i utvikling og test, aldri i produksjon.</p>
            {{notice}}
            {{errorBlock}}
            <form method="post" action="{{html.Encode(context.Request.PathBase + "/login")}}">
            <input type="hidden" name="{{html.Encode(tokens.FormFieldName)}}" value="{{html.Encode(tokens.RequestToken ?? string.Empty)}}">
            <input type="hidden" name="returnUrl" value="{{html.Encode(returnUrl ?? string.Empty)}}">
            <label for="username">Brukernavn</label>
            <input id="username" name="username" autocomplete="username" required value="{{html.Encode(username ?? string.Empty)}}"{{described}}>
            <label for="password">Passord</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required{{described}}>
            <button type="submit">Logg inn</button>
            </form>
            <h2>Testbrukere</h2>
            <p>Passordet er <code>demo</code> for alle.</p>
            <ul>{{users}}</ul>
            </main>
            </body>
            </html>
            """);
    }
}
