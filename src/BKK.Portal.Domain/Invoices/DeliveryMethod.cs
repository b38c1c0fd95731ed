namespace BKK.Portal.Domain.Invoices;

public enum DeliveryMethod
{
    EFaktura = 1,
    AvtaleGiro = 2,
    Paper = 3,
    Email = 4,
}
