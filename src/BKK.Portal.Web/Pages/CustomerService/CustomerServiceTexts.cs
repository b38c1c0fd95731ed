namespace BKK.Portal.Web.Pages.CustomerService;

/// <summary>The texts of the staff side: finding and opening a customer, the customer's data, the queue and the access log.</summary>
public sealed class CustomerServiceTexts;
