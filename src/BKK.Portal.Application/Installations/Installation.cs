namespace BKK.Portal.Application.Installations;

public sealed record Installation(
    string MeteringPointId,
    string MeteringPointIdFormatted,
    string MeterNumber,
    InstallationType InstallationType,
    MeterType MeterType,
    string Address,
    MeterResolution Resolution,
    DateOnly Since)
{
    /// <summary>Whether the meter sends its values; one that does not is read by the customer (Måleravlesning).</summary>
    public bool SendsValues { get; init; } = true;
}
