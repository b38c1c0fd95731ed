namespace BKK.Portal.Application.CustomerService;

/// <summary>
/// The exact keys customer service finds a customer by. There is no search by name or by part of an identity
/// number: staff come to a customer from a case (an inquiry, a chat, an invoice the customer quotes), not by browsing.
/// </summary>
public enum CustomerKeyKind
{
    CustomerNumber = 1,
    MeteringPoint = 2,
    Invoice = 3,
    Inquiry = 4,
}
