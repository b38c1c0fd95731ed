namespace BKK.Portal.Domain.Sharing;

/// <summary>A metering point an <see cref="ApiToken"/> covers.</summary>
public sealed class ApiTokenMeteringPoint
{
    private ApiTokenMeteringPoint()
    {
    }

    public ApiTokenMeteringPoint(int meteringPointKey) => MeteringPointKey = meteringPointKey;

    public int ApiTokenId { get; private set; }

    public int MeteringPointKey { get; private set; }
}
