namespace BKK.Portal.Web.Pages.Notices;

/// <summary>The texts of the driftsmeldinger pages: the public list and the staff's publishing pages.</summary>
public sealed class NoticesTexts;
