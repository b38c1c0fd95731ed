namespace BKK.Portal.Application.Installations;

public sealed record Installation(
    string MeteringPointId,
    string MeteringPointIdFormatted,
    string MeterNumber,
    InstallationType InstallationType,
    MeterType MeterType,
    string Address,
    MeterResolution Resolution,
    DateOnly Since);
