namespace BKK.Portal.Application.Common;

/// <summary>The identity numbers the portal accepts as input (section <c>Identity</c>).</summary>
public sealed class IdentityNumberOptions
{
    public const string SectionName = "Identity";

    /// <summary>Synthetic test numbers (month + 80): true in development and tests, never in production.</summary>
    public bool AcceptSyntheticNumbers { get; set; }
}
