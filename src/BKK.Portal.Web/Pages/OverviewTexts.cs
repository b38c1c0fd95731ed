namespace BKK.Portal.Web.Pages;

/// <summary>The texts of Oversikt, the start page: the chosen relationship and last month's consumption.</summary>
public sealed class OverviewTexts;
