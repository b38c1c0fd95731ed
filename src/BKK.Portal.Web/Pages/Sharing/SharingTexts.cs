namespace BKK.Portal.Web.Pages.Sharing;

/// <summary>The texts of Deling av data (keys for the API).</summary>
public sealed class SharingTexts;
