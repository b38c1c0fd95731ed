namespace BKK.Portal.Web.Pages.Access;

/// <summary>The texts of the Fullmakt page (giving and revoking power of attorney).</summary>
public sealed class AccessTexts;
