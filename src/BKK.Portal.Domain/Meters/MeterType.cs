namespace BKK.Portal.Domain.Meters;

public enum MeterType
{
    AmsSinglePhase = 1,
    AmsThreePhase = 2,
    AmsCurrentTransformer = 3,
}
