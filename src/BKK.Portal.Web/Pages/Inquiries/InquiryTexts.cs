namespace BKK.Portal.Web.Pages.Inquiries;

/// <summary>The texts of the Henvendelser pages: the list, the form for a new inquiry and one inquiry's case log.</summary>
public sealed class InquiryTexts;
