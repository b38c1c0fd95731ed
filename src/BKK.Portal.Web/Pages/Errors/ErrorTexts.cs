namespace BKK.Portal.Web.Pages.Errors;

/// <summary>The headings and explanations of the error page, one pair per error status.</summary>
public sealed class ErrorTexts;
