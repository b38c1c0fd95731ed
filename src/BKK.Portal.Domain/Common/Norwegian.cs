using System.Globalization;

namespace BKK.Portal.Domain.Common;

/// <summary>The culture every Norwegian text, number and date of the portal is written in (bokmål, Norway).</summary>
public static class Norwegian
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("nb-NO");
}
