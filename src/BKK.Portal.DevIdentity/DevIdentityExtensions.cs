using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace BKK.Portal.DevIdentity;

public static class DevIdentityExtensions
{
    /// <summary>The cookie of the provider's own login session; its own name and path, apart from the portal's.</summary>
    public const string CookieScheme = "DevIdentity";

    /// <summary>Registers the development OpenID Connect provider (OpenIddict) and its login session.</summary>
    public static IServiceCollection AddDevIdentity(this IServiceCollection services, IConfiguration configuration, string contentRootPath)
    {
        var section = configuration.GetSection(DevIdentityOptions.SectionName);
        services.Configure<DevIdentityOptions>(section);
        var options = section.Get<DevIdentityOptions>() ?? new DevIdentityOptions();
        var folder = Path.GetFullPath(Path.Combine(contentRootPath, options.DataDirectory));
        Directory.CreateDirectory(folder);

        services.AddDbContext<DevIdentityDbContext>(o =>
        {
            o.UseSqlite($"Data Source={Path.Combine(folder, "dev-idp.db")}");
            o.UseOpenIddict();
        });

        services.AddAntiforgery();
        services.AddAuthentication()
            .AddCookie(CookieScheme, o =>
            {
                o.Cookie.Name = "bkk.devidp.session";
                o.Cookie.Path = DevIdentityOptions.PathBase;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(1);
                o.SlidingExpiration = false;
                o.LoginPath = DevIdentityOptions.PathBase + "/login";
            });

        services.AddOpenIddict()
            .AddCore(o =>
            {
                o.UseEntityFrameworkCore().UseDbContext<DevIdentityDbContext>();
                o.ReplaceApplicationManager<OpenIddictEntityFrameworkCoreApplication, DevApplicationManager>();
            })
            .AddServer(o =>
            {
                // Relative URIs without a leading slash are resolved against the path base (/dev-idp).
                o.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/endsession");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.RegisterScopes(Scopes.OpenId, Scopes.Profile);
                o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                o.DisableAccessTokenEncryption();
                o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            });

        return services;
    }

    /// <summary>Mounts the provider under <see cref="DevIdentityOptions.PathBase"/>. Call before the app's own authentication.</summary>
    public static IApplicationBuilder MapDevIdentity(this IApplicationBuilder app) =>
        app.Map(DevIdentityOptions.PathBase, idp =>
        {
            idp.UseAuthentication();
            idp.Run(DevIdentityEndpoints.HandleAsync);
        });

    /// <summary>Creates the provider's tables and registers the portal as a public client with PKCE.</summary>
    public static async Task InitializeDevIdentityAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DevIdentityDbContext>();
        await db.Database.EnsureCreatedAsync(cancellationToken);

        var options = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<DevIdentityOptions>>().Value;
        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        if (await manager.FindByClientIdAsync(options.ClientId, cancellationToken) is { } existing)
        {
            await manager.DeleteAsync(existing, cancellationToken);
        }

        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = options.ClientId,
            ClientType = ClientTypes.Public,
            ApplicationType = ApplicationTypes.Web,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "BKK Mine sider",
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in options.RedirectUris)
        {
            descriptor.RedirectUris.Add(new Uri(uri));
        }

        foreach (var uri in options.PostLogoutRedirectUris)
        {
            descriptor.PostLogoutRedirectUris.Add(new Uri(uri));
        }

        await manager.CreateAsync(descriptor, cancellationToken);
    }
}
