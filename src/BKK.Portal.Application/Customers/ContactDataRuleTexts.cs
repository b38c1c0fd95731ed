namespace BKK.Portal.Application.Customers;

/// <summary>The validation messages of the contact data form (address, phone, email).</summary>
public sealed class ContactDataRuleTexts;
