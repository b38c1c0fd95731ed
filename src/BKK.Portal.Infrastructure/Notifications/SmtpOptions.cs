namespace BKK.Portal.Infrastructure.Notifications;

/// <summary>The SMTP server e-mail goes through (section <c>Smtp</c>). With no <see cref="Host"/>, e-mail is written to the folder.</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>None (a loopback test server), StartTls (port 587) or SslOnConnect (port 465).</summary>
    public string Security { get; set; } = "StartTls";

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender, as the customer sees it.</summary>
    public string From { get; set; } = "BKK Nett <varsel@bkk.no>";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The server's limit of messages a second, if it has one.</summary>
    public int? PerSecond { get; set; }
}
