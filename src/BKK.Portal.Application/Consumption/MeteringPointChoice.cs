namespace BKK.Portal.Application.Consumption;

/// <summary>A metering point the user may choose on the Forbruk page.</summary>
public sealed record MeteringPointChoice(string Id, string IdFormatted, string Address, MeterResolution Resolution, bool HasProduction);
