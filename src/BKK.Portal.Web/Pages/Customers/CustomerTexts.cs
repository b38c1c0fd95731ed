namespace BKK.Portal.Web.Pages.Customers;

/// <summary>The texts of Kundeforhold: the relationship, its holders and the contact details form.</summary>
public sealed class CustomerTexts;
