namespace BKK.Portal.Web.Pages.Help;

/// <summary>The texts of the help pages: how to read the meter, with its video.</summary>
public sealed class HelpTexts;
