namespace BKK.Portal.Application.CustomerService;

/// <summary>The validation messages of the staff side: finding a customer, opening one, answering inquiries.</summary>
public sealed class CustomerServiceRuleTexts;
