namespace BKK.Portal.DevIdentity;

/// <summary>
/// A synthetic test person who can log in to the development provider: a customer, or with a <paramref name="Role"/>
/// a member of customer service (the token then carries it in the <c>role</c> claim, as Entra ID app roles do in <c>roles</c>).
/// </summary>
public sealed record DevUser(string Username, string Password, string Subject, string Name, string Email, string? Role = null);

/// <summary>The <c>DevIdentity</c> configuration section.</summary>
public sealed class DevIdentityOptions
{
    public const string SectionName = "DevIdentity";

    /// <summary>The path the provider is mounted under, in the portal and standalone alike.</summary>
    public const string PathBase = "/dev-idp";

    /// <summary>
    /// Mounts the provider in the portal outside Development (a test environment) when no authority is set;
    /// Production refuses it. In Development it is mounted without asking.
    /// </summary>
    public bool Enabled { get; set; }

    /// <summary>Lets the standalone provider (its own Program) run in Production, for a production-like test environment.</summary>
    public bool AllowOutsideDevelopment { get; set; }

    public string ClientId { get; set; } = "bkk-portal";

    /// <summary>Registered redirect URIs. For loopback hosts any port is accepted (RFC 8252, section 7.3).</summary>
    public List<string> RedirectUris { get; set; } = ["http://localhost/signin-oidc"];

    public List<string> PostLogoutRedirectUris { get; set; } = ["http://localhost/signout-callback-oidc"];

    /// <summary>Folder of the provider's own SQLite database, relative to the content root.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>The demo people of the portal's synthetic demo data; configuration may replace them.</summary>
    public List<DevUser> Users { get; set; } = [];

    public static IReadOnlyList<DevUser> DefaultUsers { get; } =
    [
        new("kari", "demo", "demo-kari", "Kari Nordmann", "kari.nordmann@example.no"),
        new("ola", "demo", "demo-ola", "Ola Hansen", "ola.hansen@example.no"),
        new("ingrid", "demo", "demo-ingrid", "Ingrid Hansen", "ingrid.hansen@example.no"),
        new("per", "demo", "demo-per", "Per Bakke", "per@bakke-bakeri.example.no"),
        new("kundeservice1", "demo", "staff-kundeservice1", "Silje Kundeservice", "kundeservice1@bkk.example.no", "kundeservice"),
        new("kundeservice2", "demo", "staff-kundeservice2", "Jonas Kundeservice", "kundeservice2@bkk.example.no", "kundeservice"),
        new("teamleder", "demo", "staff-teamleder", "Marte Teamleder", "teamleder@bkk.example.no", "teamleder"),
        new("driftssentral", "demo", "staff-driftssentral", "Dag Driftssentral", "driftssentral@bkk.example.no", "driftssentral"),
    ];

    public IReadOnlyList<DevUser> EffectiveUsers => Users.Count > 0 ? Users : DefaultUsers;
}
