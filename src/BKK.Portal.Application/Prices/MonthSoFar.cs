using BKK.Portal.Application.Consumption;

namespace BKK.Portal.Application.Prices;

/// <summary>
/// One metering point's running month up to <see cref="ThroughUtc"/> (the end of the newest value):
/// the grid rent so far as the invoice would bill it (<see cref="SoFar"/>, price support included),
/// the capacity step to watch, and the whole month estimated (null before the first value).
/// </summary>
public sealed record MonthSoFar(
    MeteringPointChoice MeteringPoint,
    DateOnly Month,
    DateTime? ThroughUtc,
    InvoiceDraft SoFar,
    CapacityHeadroom Capacity,
    MonthEstimate? Estimate)
{
    public decimal Kwh => SoFar.EnergyKwh;

    /// <summary>The strømstøtte or Norgespris line so far, if the relationship has one.</summary>
    public InvoiceLineDraft? PriceSupport => SoFar.Lines.FirstOrDefault(l => l.Kind is InvoiceLineKind.Stromstotte or InvoiceLineKind.Norgespris);
}
