namespace BKK.Portal.Domain.Invoices;

public enum PaymentMethod
{
    AvtaleGiro = 1,
    EFaktura = 2,
    NettbankGiro = 3,
}
