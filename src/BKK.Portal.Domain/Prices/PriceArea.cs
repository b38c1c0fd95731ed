namespace BKK.Portal.Domain.Prices;

/// <summary>The five Norwegian bidding zones (prisområder) of the day-ahead market; BKK's grid is in NO5.</summary>
public enum PriceArea
{
    NO1 = 1,
    NO2 = 2,
    NO3 = 3,
    NO4 = 4,
    NO5 = 5,
}
