using BKK.Portal.Infrastructure.Logging;

namespace BKK.Portal.Infrastructure.Tests.Logging;

public sealed class PersonalDataRedactorTests
{
    [Theory]
    [InlineData("fnr 23072388054 here", "fnr [fjernet] here")]
    [InlineData("fnr 230723 88054 here", "fnr [fjernet] here")]
    [InlineData("mail kari.nordmann@example.no sent", "mail [fjernet] sent")]
    [InlineData("from 192.168.10.4:5000", "from [fjernet]:5000")]
    [InlineData("http://127.0.0.1:5127/signin-oidc", "http://[fjernet]:5127/signin-oidc")]
    [InlineData("client ::1 and 2001:db8::7 and fe80::1:2", "client [fjernet] and [fjernet] and [fjernet]")]
    public void Personal_data_is_replaced(string input, string expected) =>
        Assert.Equal(expected, PersonalDataRedactor.Redact(input));

    [Theory]
    [InlineData("HTTP GET /kundeforhold/10000017 responded 200 in 12.5 ms")]
    [InlineData("Demo data seeded: 401871 meter values")]
    [InlineData("Executed at 09:12:05")]
    [InlineData("målepunkt 707057500088553215")]
    public void Ordinary_text_is_kept(string input) =>
        Assert.Equal(input, PersonalDataRedactor.Redact(input));

    [Theory]
    [InlineData("/kundeforhold/10000017", "/kundeforhold/{id}")]
    [InlineData("/anlegg/707057500088553215/forbruk", "/anlegg/{id}/forbruk")]
    [InlineData("/feil/404", "/feil/404")]
    [InlineData("/dev-idp/connect/authorize", "/dev-idp/connect/authorize")]
    public void Request_paths_lose_their_identifiers(string path, string expected) =>
        Assert.Equal(expected, PersonalDataRedactor.RedactPath(path));
}
