using System.Security.Claims;
using BKK.Portal.DevIdentity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace BKK.Portal.Web.Authentication;

public static class PortalAuthentication
{
    public const string CookieName = "bkk.portal.auth";

    /// <summary>Where the provider sends the code back and the login is signed in.</summary>
    public const string CallbackPath = "/signin-oidc";

    /// <summary>The privacy notice promises that the login cookie lives at most 24 hours.</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(24);

    public static IServiceCollection AddPortalAuthentication(this IServiceCollection services, OidcSettings settings)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(o =>
            {
                o.Cookie.Name = CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = SessionLifetime;
                o.SlidingExpiration = false;
                o.Events.OnSigningIn = SetAbsoluteLifetime;
                o.CookieManager = new NewSessionAtLoginCookieManager(CallbackPath);
                // A page of the other side (a customer on /kundeservice, staff on a customer page) is a 403 page, not a redirect.
                o.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            })
            .AddOpenIdConnect(o =>
            {
                o.Authority = settings.Authority;
                o.ClientId = settings.ClientId;
                o.ClientSecret = settings.ClientSecret;
                o.CallbackPath = CallbackPath;
                o.RequireHttpsMetadata = settings.RequireHttpsMetadata && !settings.UsesEmbeddedDevIdentity;
                o.ResponseType = OpenIdConnectResponseType.Code;
                o.ResponseMode = OpenIdConnectResponseMode.Query;
                o.UsePkce = true;
                o.Scope.Clear();
                o.Scope.Add("openid");
                o.Scope.Add("profile");
                o.MapInboundClaims = false;
                o.TokenValidationParameters.NameClaimType = "name";
                o.GetClaimsFromUserInfoEndpoint = false;
                o.SaveTokens = true; // the id_token is the hint that ends the session at the provider
                o.SignedOutRedirectUri = "/logget-ut";
                // No logout by a link: a GET of /signout-oidc is not ours to honour (front-channel logout comes in a
                // third-party frame that carries no Lax cookie anyway); the idle timeout ends a forgotten session.
                o.RemoteSignOutPath = PathString.Empty;
                o.CorrelationCookie.Name = "bkk.portal.oidc.correlation.";
                o.NonceCookie.Name = "bkk.portal.oidc.nonce.";
                foreach (var cookie in new[] { o.CorrelationCookie, o.NonceCookie })
                {
                    cookie.SameSite = SameSiteMode.Lax; // response_mode=query: a top-level GET comes back
                    cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                }

                // Each login asks the identity provider: a flood from one address gets the 429 page instead.
                o.Events.OnRedirectToIdentityProvider = context =>
                {
                    // Where to go after login comes from the address asked for: a path of ours, never another host.
                    context.Properties.RedirectUri = LocalReturnPath.Sanitize(context.Properties.RedirectUri);
                    if (!context.HttpContext.RequestServices.GetRequiredService<Host.LoginRateLimiter>().TryStart(context.HttpContext))
                    {
                        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                        context.Response.Headers.RetryAfter = "60";
                        context.HandleResponse();
                    }
                    else
                    {
                        if (!string.IsNullOrWhiteSpace(settings.AcrValues))
                        {
                            context.ProtocolMessage.AcrValues = settings.AcrValues;
                        }

                        // ID-porten shows its login in the language of the page the person came from (nb, nn or en).
                        context.ProtocolMessage.UiLocales = Languages.Tag(Languages.Current);
                        if (DatabaseTicketStore.SessionEnded(context.HttpContext))
                        {
                            context.ProtocolMessage.Prompt = "login"; // the session ended: the provider asks for the password again
                        }

                        if (context.Properties.Items.ContainsKey(FreshLogin.RequestedItem))
                        {
                            context.ProtocolMessage.Prompt = "login"; // a change that wants a login made now
                            context.ProtocolMessage.MaxAge = "0";
                        }
                    }

                    return Task.CompletedTask;
                };

                // ID-porten: the person by identity number, at the level of assurance asked for.
                o.Events.OnTokenValidated = async context =>
                {
                    var services = context.HttpContext.RequestServices;
                    if (!FreshLogin.Satisfied(context.Properties!, context.Principal!))
                    {
                        context.Response.Redirect("/innlogging-feilet?arsak=ikke-ny");
                        context.HandleResponse();
                        return;
                    }

                    if (!IdentityNumberLogin.AcceptsLevel(context.Principal!, settings.AcrValues))
                    {
                        context.Response.Redirect("/innlogging-feilet?arsak=sikkerhetsniva");
                        context.HandleResponse();
                        return;
                    }

                    // Customer service comes with the role claim and is no customer: no identity number is looked up for them.
                    var staffOptions = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Application.CustomerService.StaffOptions>>().Value;
                    if (CustomerService.StaffRoles.IsStaff(context.Principal!, staffOptions))
                    {
                        return;
                    }

                    if (settings.RequireIdentityNumber && context.Principal!.FindFirst(IdentityNumberLogin.IdentityNumberClaim) is null)
                    {
                        context.Response.Redirect("/innlogging-feilet?arsak=ukjent"); // ID-porten always sends pid: a token without is not ours
                        context.HandleResponse();
                        return;
                    }

                    var mapped = await IdentityNumberLogin.MapAsync(
                        context.Principal!,
                        services.GetRequiredService<Application.Customers.PersonQuery>(),
                        services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Application.Common.IdentityNumberOptions>>().Value.AcceptSyntheticNumbers,
                        context.HttpContext.RequestAborted);
                    if (mapped is null)
                    {
                        context.Response.Redirect("/innlogging-feilet?arsak=ukjent");
                        context.HandleResponse();
                        return;
                    }

                    context.Principal = mapped;
                };
                // Logout: the end-session request is sent by the logout page (a new navigation), not by a redirect of its form.
                o.Events.OnRedirectToIdentityProviderForSignOut = context =>
                {
                    // The state carries where to go afterwards (/logget-ut), as the handler would have set it after this event.
                    context.ProtocolMessage.State = context.Options.StateDataFormat.Protect(context.Properties);
                    context.HttpContext.Items[EndSessionUrlKey] = context.ProtocolMessage.CreateLogoutRequestUrl();
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
                o.Events.OnTicketReceived = context =>
                {
                    context.ReturnUri = LocalReturnPath.Sanitize(context.ReturnUri);
                    var staffOptions = context.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Application.CustomerService.StaffOptions>>().Value;
                    if (context.ReturnUri == LocalReturnPath.Home && CustomerService.StaffRoles.IsStaff(context.Principal!, staffOptions))
                    {
                        // the customer overview is not theirs; the operations centre only publishes notices
                        context.ReturnUri = CustomerService.StaffRoles.IsCustomerService(context.Principal!, staffOptions)
                            ? CustomerService.StaffRoles.Home
                            : CustomerService.StaffRoles.NoticesHome;
                    }

                    return Task.CompletedTask;
                };
                o.Events.OnRemoteFailure = context =>
                {
                    context.Response.Redirect("/innlogging-feilet");
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            });

        // The login itself lives in the database every instance shares; the cookie holds a reference to it.
        services.AddSingleton<DatabaseTicketStore>();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<DatabaseTicketStore>((o, store) => o.SessionStore = store);

        if (settings.UsesEmbeddedDevIdentity)
        {
            // The provider runs in this process; its address is this server's, known once it listens.
            services.AddOptions<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme)
                .Configure<IServer>((o, server) => o.Authority = OwnOrigin(server) + DevIdentityOptions.PathBase);
        }

        return services;
    }

    /// <summary>Absolute lifetime: 24 hours from login, kept when the cookie is re-issued on a relationship switch.</summary>
    private static Task SetAbsoluteLifetime(CookieSigningInContext context)
    {
        // Only the id_token stays in the (encrypted) cookie, as the hint the provider's logout needs;
        // access and refresh tokens are of no use to the portal.
        var tokens = context.Properties.GetTokens().ToList();
        if (tokens.Count > 0)
        {
            context.Properties.StoreTokens(tokens.Where(t => t.Name == "id_token").ToList());
        }

        var issued = context.Properties.IssuedUtc ?? DateTimeOffset.UtcNow;
        var latest = issued + SessionLifetime;
        context.Properties.IssuedUtc = issued;
        context.Properties.IsPersistent = true;
        context.Properties.AllowRefresh = false;
        context.Properties.ExpiresUtc = context.Properties.ExpiresUtc is { } expires && expires < latest ? expires : latest;
        return Task.CompletedTask;
    }

    internal static string OwnOrigin(IServer server)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ?? addresses.FirstOrDefault()
            ?? "http://localhost";
        var uri = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::")
        {
            uri.Host = "localhost";
        }

        return uri.Uri.GetLeftPart(UriPartial.Authority);
    }

    private const string EndSessionUrlKey = "bkk.end-session-url";

    /// <summary>The provider's end-session request built by this request's sign-out, if it built one.</summary>
    public static string? EndSessionUrl(HttpContext context) => context.Items[EndSessionUrlKey] as string;

    /// <summary>The OpenID Connect subject of the logged-in person.</summary>
    public static string? Subject(this ClaimsPrincipal user) => user.FindFirstValue("sub");
}
