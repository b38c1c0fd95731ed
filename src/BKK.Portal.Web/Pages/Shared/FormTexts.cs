namespace BKK.Portal.Web.Pages.Shared;

/// <summary>The texts of forms: the error summary, the limited-access notice and jquery-validation's own messages.</summary>
public sealed class FormTexts;
