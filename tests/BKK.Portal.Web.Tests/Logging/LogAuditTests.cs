using System.Text.RegularExpressions;
using BKK.Portal.Domain.Customers;
using BKK.Portal.Infrastructure.DemoData;
using BKK.Portal.Web.Tests.Support;

namespace BKK.Portal.Web.Tests.Logging;

/// <summary>
/// Runs last (test.sh runs this category after every other test): reads every log file the
/// test hosts wrote and asserts no national identity number, e-mail address or IP address
/// reached them. The detector is independent of the redactor in the portal.
/// </summary>
public sealed partial class LogAuditTests
{
    [Fact]
    [Trait("Category", "LogAudit")]
    public void Log_files_hold_no_identity_number_email_or_ip_address()
    {
        var files = Directory.Exists(PortalFactory.LogDirectory)
            ? Directory.GetFiles(PortalFactory.LogDirectory, "*.log", SearchOption.AllDirectories)
            : [];
        Assert.NotEmpty(files); // the other tests ran and logged; an empty folder would prove nothing
        var text = string.Join('\n', files.Select(ReadShared));
        Assert.Contains("Demo data seeded", text, StringComparison.Ordinal);

        Assert.Empty(Findings(text));
    }

    [Fact]
    public void Detector_finds_each_kind_of_personal_data()
    {
        var person = DemoDataGenerator.Create(new DateOnly(2026, 1, 1)).People[0];
        var sample = $"user {person.NationalIdentityNumber.Value} wrote from 10.1.2.3 and [2001:db8::7] as {person.Contact.Email}";

        var findings = Findings(sample);

        Assert.Contains(findings, f => f.StartsWith("identity number", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.StartsWith("e-mail", StringComparison.Ordinal));
        Assert.Contains("IPv4 10.1.2.3", findings);
        Assert.Contains(findings, f => f.StartsWith("IPv6", StringComparison.Ordinal));
        Assert.Contains("customer number in a path: /kundeforhold/10000017", Findings("GET /kundeforhold/10000017 responded 403"));
        Assert.Empty(Findings("Demo data seeded: 4 people, 7 metering points, 401871 meter values in 3029 ms"));
    }

    private static List<string> Findings(string text)
    {
        var findings = new List<string>();
        findings.AddRange(ElevenDigits().Matches(text)
            .Where(m => NationalIdentityNumber.Parse(m.Value, allowSynthetic: true).IsValid)
            .Select(m => "identity number at " + m.Index));
        findings.AddRange(Email().Matches(text).Select(m => "e-mail at " + m.Index));
        findings.AddRange(IPv4().Matches(text).Select(m => "IPv4 " + m.Value));
        findings.AddRange(IPv6().Matches(text).Select(m => "IPv6 " + m.Value));
        findings.AddRange(CustomerNumberInPath().Matches(text).Select(m => "customer number in a path: " + m.Value));
        foreach (var person in DemoDataGenerator.Create(new DateOnly(2026, 1, 1)).People)
        {
            if (text.Contains(person.NationalIdentityNumber.Value, StringComparison.Ordinal)
                || text.Contains(person.Contact.Email!, StringComparison.OrdinalIgnoreCase))
            {
                findings.Add("demo person's number or e-mail");
            }
        }

        return findings;
    }

    /// <summary>A log file a running host may still be writing.</summary>
    internal static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"/(kundeforhold|kunde)/\d{8}")]
    private static partial Regex CustomerNumberInPath();

    [GeneratedRegex(@"(?<!\d)\d{11}(?!\d)")]
    private static partial Regex ElevenDigits();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex Email();

    [GeneratedRegex(@"\b(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}\b")]
    private static partial Regex IPv4();

    [GeneratedRegex(@"(?<![\w:.])([0-9a-fA-F]{1,4}(:[0-9a-fA-F]{1,4}){7}|[0-9a-fA-F]{0,4}(:[0-9a-fA-F]{1,4})*::[0-9a-fA-F]{0,4}(:[0-9a-fA-F]{1,4})*)(?![\w:])")]
    private static partial Regex IPv6();
}
