namespace BKK.Portal.Domain.Invoices;

public enum InvoiceLineKind
{
    EnergyDay = 1,
    EnergyNight = 2,
    Capacity = 3,
    FixedCharge = 4,
    ConsumptionTax = 5,
    EnovaFee = 6,
    DeferralInterest = 7,
    Stromstotte = 8,
    Norgespris = 9,

    /// <summary>The Enova fee of a business: a fixed amount per metering point and year, its share of the month.</summary>
    EnovaFeeBusiness = 10,
}
