namespace BKK.Portal.Web.Tests.Support;

/// <summary>
/// The portal in the test process with its outbox dispatcher running, pointed at the test's SMTP server or SMS
/// gateway. Settings are given as on the command line (<c>--Section:Key=value</c>), so a test can give the same to a
/// <see cref="PortalProcess"/>.
/// </summary>
public sealed class DispatchingPortal(IEnumerable<string> settings) : PortalFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        settings.Select(s =>
        {
            var setting = s.TrimStart('-');
            var equals = setting.IndexOf('=', StringComparison.Ordinal);
            return new KeyValuePair<string, string?>(setting[..equals], setting[(equals + 1)..]);
        });

    /// <summary>Starts the host, and with it the dispatcher.</summary>
    public void Start() => _ = Server;
}
