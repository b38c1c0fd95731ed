namespace BKK.Portal.Application.Consumption;

/// <summary>
/// A bucket's energy at the spot price and the bucket's average spot price (over time, so also for
/// hours without consumption), both incl. VAT and rounded as shown (kr to the øre, the price to a
/// hundredth of an øre); null where the bucket has no value, or a part of it has no stored price.
/// </summary>
public sealed record BucketCost(decimal? NokInclVat, decimal? OrePerKwhInclVat);
