namespace BKK.Portal.Web.Pages.Accessibility;

/// <summary>The accessibility statement (Tilgjengelighetserklæring).</summary>
public sealed class AccessibilityTexts;
