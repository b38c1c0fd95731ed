using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Access;
using BKK.Portal.Domain.Consumption;
using BKK.Portal.Domain.Customers;
using BKK.Portal.Domain.Meters;
using BKK.Portal.Infrastructure.DemoData;

namespace BKK.Portal.Infrastructure.Tests.DemoData;

public sealed class DemoDataTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public void Demo_data_has_the_customers_the_portal_must_show()
    {
        var data = DemoDataGenerator.Create(Today);

        var kari = data.Grants.Where(g => g.Person.Subject == DemoPeople.Kari).ToList();
        Assert.Equal(2, kari.Count);
        Assert.Contains(kari, g => g.Relationship.TariffType == TariffType.HolidayHome);
        Assert.Contains(data.Grants, g => g.Person.Subject == DemoPeople.Ola && g.Level == AccessLevel.Full
                                          && g.Relationship.HolderName == "Ingrid Hansen");
        var business = data.Relationships.Single(r => r.CustomerType == CustomerType.Business);
        Assert.True(business.MeteringPoints.Count >= 3);
        Assert.All(data.People, p => Assert.True(p.NationalIdentityNumber.IsSynthetic));
    }

    [Fact]
    public void Demo_data_is_deterministic()
    {
        var first = DemoDataGenerator.Create(Today);
        var second = DemoDataGenerator.Create(Today);

        Assert.Equal(first.People.Select(p => p.NationalIdentityNumber.Value), second.People.Select(p => p.NationalIdentityNumber.Value));
        Assert.Equal(first.MeteringPoints.Select(p => p.MeteringPoint.MeteringPointId), second.MeteringPoints.Select(p => p.MeteringPoint.MeteringPointId));
        var a = MeterValueSeries.Generate(1, ConsumptionKind.HomeWithHeatPump, 7, new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 8), new DateOnly(2026, 1, 1));
        var b = MeterValueSeries.Generate(1, ConsumptionKind.HomeWithHeatPump, 7, new DateOnly(2025, 1, 5), new DateOnly(2025, 1, 8), new DateOnly(2026, 1, 1));
        Assert.Equal(a.Skip(4 * 24).Select(v => v.QuantityWh), b.Select(v => v.QuantityWh));
    }

    [Theory]
    [InlineData(2025, 3, 30, MeterResolution.Hour, 23)]
    [InlineData(2025, 10, 26, MeterResolution.Hour, 25)]
    [InlineData(2025, 6, 1, MeterResolution.Hour, 24)]
    [InlineData(2026, 3, 29, MeterResolution.QuarterHour, 92)]
    [InlineData(2026, 10, 25, MeterResolution.QuarterHour, 100)]
    public void Daylight_saving_days_have_23_and_25_hours(int year, int month, int day, MeterResolution resolution, int expected)
    {
        var date = new DateOnly(year, month, day);

        var values = MeterValueSeries.Generate(1, ConsumptionKind.Cabin, 3, date, date.AddDays(1), new DateOnly(2026, 1, 1)).ToList();

        Assert.Equal(expected, values.Count);
        Assert.All(values, v => Assert.Equal(resolution, v.Resolution));
    }

    [Fact]
    public void Resolution_switches_to_quarter_hours_at_midnight()
    {
        var values = MeterValueSeries.Generate(1, ConsumptionKind.Shop, 3, new DateOnly(2025, 8, 31), new DateOnly(2025, 9, 2), new DateOnly(2025, 9, 1)).ToList();

        Assert.Equal(24 + 96, values.Count);
        Assert.Equal(OsloTime.ToUtc(new DateOnly(2025, 9, 1)), values.First(v => v.Resolution == MeterResolution.QuarterHour).StartUtc);
    }

    [Fact]
    public void Consumption_is_seasonal_and_has_the_peaks_of_its_kind()
    {
        static double Kwh(ConsumptionKind kind, DateOnly from, DateOnly to) =>
            MeterValueSeries.Generate(1, kind, 11, from, to, new DateOnly(2030, 1, 1)).Sum(v => v.QuantityWh) / 1000.0;

        var january = Kwh(ConsumptionKind.HomeWithHeatPump, new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 1));
        var july = Kwh(ConsumptionKind.HomeWithHeatPump, new DateOnly(2025, 7, 1), new DateOnly(2025, 8, 1));
        Assert.True(january > 2 * july, $"January {january} kWh, July {july} kWh");
        Assert.InRange(january, 1000, 4000);

        var evNights = MeterValueSeries.Generate(1, ConsumptionKind.FlatWithEvCharging, 11, new DateOnly(2025, 3, 1), new DateOnly(2025, 4, 1), new DateOnly(2030, 1, 1))
            .Where(v => v.QuantityWh > 7000)
            .Select(v => OsloTime.ToLocal(v.StartUtc))
            .ToList();
        Assert.NotEmpty(evNights);
        Assert.All(evNights, t => Assert.True(t.Hour >= 22 || t.Hour < 6, $"EV charging at {t}"));
    }

    [Fact]
    public void Some_values_are_estimated_or_missing()
    {
        var year = MeterValueSeries.Generate(1, ConsumptionKind.HomeWithHeatPump, 5, new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 1), new DateOnly(2030, 1, 1)).ToList();

        Assert.Contains(year, v => v.Status == MeterValueStatus.Estimated);
        Assert.Contains(year, v => v.Status == MeterValueStatus.Missing);
        Assert.True(year.Count(v => v.Status == MeterValueStatus.Measured) > 0.98 * year.Count);
    }
}
