namespace BKK.Portal.Web.Pages.Installations;

/// <summary>The texts of Anlegg: the metering points and meters of the relationship.</summary>
public sealed class InstallationTexts;
