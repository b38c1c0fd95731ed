namespace BKK.Portal.Application.Sharing;

/// <summary>A new API token as typed in the form on Deling av data.</summary>
public sealed class CreateApiToken
{
    public string? Name { get; set; }

    /// <summary>The metering point IDs (18 digits) the token covers.</summary>
    public List<string> MeteringPoints { get; set; } = [];

    public bool MeterValues { get; set; }

    public bool Capacity { get; set; }

    public bool Invoices { get; set; }

    /// <summary>The last day the token works (Oslo date).</summary>
    public DateOnly? ExpiresOn { get; set; }

    public ApiScopes Scopes =>
        (MeterValues ? ApiScopes.MeterValues : ApiScopes.None) | (Capacity ? ApiScopes.Capacity : ApiScopes.None) | (Invoices ? ApiScopes.Invoices : ApiScopes.None);
}
