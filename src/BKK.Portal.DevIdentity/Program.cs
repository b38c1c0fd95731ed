namespace BKK.Portal.DevIdentity;

/// <summary>
/// Runs the development provider on its own (docker-compose): the same provider the portal
/// mounts in-process, at http://host:port/dev-idp.
/// </summary>
public static class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var options = builder.Configuration.GetSection(DevIdentityOptions.SectionName).Get<DevIdentityOptions>() ?? new DevIdentityOptions();
        if (builder.Environment.IsProduction() && !options.AllowOutsideDevelopment)
        {
            throw new InvalidOperationException(
                "The development identity provider holds synthetic users only; set DevIdentity:AllowOutsideDevelopment to run it in a production-like test environment.");
        }

        builder.Services.AddDevIdentity(builder.Configuration, builder.Environment.ContentRootPath);
        var app = builder.Build();
        await app.Services.InitializeDevIdentityAsync();
        app.MapDevIdentity();
        app.MapGet("/", () => Results.Redirect(DevIdentityOptions.PathBase + "/.well-known/openid-configuration"));
        await app.RunAsync();
    }
}
