namespace BKK.Portal.Web.Host;

/// <summary>What the process was started to do (<see cref="PortalCommand"/>).</summary>
public enum PortalCommandKind
{
    Serve,
    Migrate,
    Import,
    Retention,
    Prices,
    DaySums,
}
