namespace BKK.Portal.Application.Prices;

/// <summary>
/// The whole month estimated: the energy, and the grid rent with the energy's lines (energy charge,
/// taxes, price support) scaled by <see cref="Factor"/> while the capacity step as it stands and the
/// fixed charge stay as they are.
/// </summary>
public sealed record MonthEstimate(MonthEstimateMethod Method, decimal Kwh, decimal Factor, InvoiceDraft Draft);
