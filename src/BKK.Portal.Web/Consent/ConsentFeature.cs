using BKK.Portal.Application.Consent;

namespace BKK.Portal.Web.Consent;

/// <summary>The visitor's consent in this request, readable by pages and changeable by the settings page.</summary>
public sealed class ConsentFeature(ConsentState state)
{
    public ConsentState State { get; set; } = state;
}
