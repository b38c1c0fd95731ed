namespace BKK.Portal.Tests.Shared;

/// <summary>
/// The retention tests seed the demo data as on this day, whatever today's date: they end relationships on
/// fixed dates, which must fall after the demo's start and invoices.
/// </summary>
public static class RetentionSeedDay
{
    public static readonly DateOnly Value = new(2026, 11, 25);
}
