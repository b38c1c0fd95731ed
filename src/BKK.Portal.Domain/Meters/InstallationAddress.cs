namespace BKK.Portal.Domain.Meters;

public sealed record InstallationAddress(string Street, string PostalCode, string PostalPlace)
{
    public override string ToString() => $"{Street}, {PostalCode} {PostalPlace}";
}
