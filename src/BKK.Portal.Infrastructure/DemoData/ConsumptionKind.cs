namespace BKK.Portal.Infrastructure.DemoData;

/// <summary>What kind of installation a demo metering point is: decides the shape of its consumption.</summary>
public enum ConsumptionKind
{
    HomeWithHeatPump,
    FlatWithEvCharging,
    Cabin,
    Bakery,
    Shop,
    ColdStore,

    /// <summary>Production of a prosumer's solar panels (about 6 kWp on a Bergen roof).</summary>
    Solar,
}
