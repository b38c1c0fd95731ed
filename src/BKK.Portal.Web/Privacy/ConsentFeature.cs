using BKK.Portal.Application.Privacy;

namespace BKK.Portal.Web.Privacy;

/// <summary>The visitor's consent in this request, readable by pages and changeable by the settings page.</summary>
public sealed class ConsentFeature(ConsentState state)
{
    public ConsentState State { get; set; } = state;
}
