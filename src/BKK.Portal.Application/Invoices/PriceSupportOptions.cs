namespace BKK.Portal.Application.Invoices;

/// <summary>The state's price support on the grid invoice (section <c>Tariff:PriceSupport</c>), NOK/kWh excl. VAT.</summary>
public sealed class PriceSupportOptions
{
    public const string SectionName = "Tariff:PriceSupport";

    public List<StromstottePeriod> Stromstotte { get; set; } = [];

    public NorgesprisOptions Norgespris { get; set; } = new();

    public PriceSupportRules ToRules() =>
        new(Stromstotte, new NorgesprisTerms(Norgespris.AvailableFrom, Norgespris.PriceNokPerKwh, Norgespris.MonthlyCapKwhHome, Norgespris.MonthlyCapKwhHolidayHome));

    public sealed class NorgesprisOptions
    {
        public DateOnly AvailableFrom { get; set; } = new(2025, 10, 1);

        public decimal PriceNokPerKwh { get; set; } = 0.40m;

        public decimal MonthlyCapKwhHome { get; set; } = 4000;

        public decimal MonthlyCapKwhHolidayHome { get; set; } = 1000;
    }
}
