using BKK.Portal.Domain.Prices;

namespace BKK.Portal.Domain.Tests.Prices;

public class PriceAreasTests
{
    [Theory]
    [InlineData("10YNO-1--------2", PriceArea.NO1)]
    [InlineData("10YNO-2--------T", PriceArea.NO2)]
    [InlineData("10YNO-3--------J", PriceArea.NO3)]
    [InlineData("10YNO-4--------9", PriceArea.NO4)]
    [InlineData("10Y1001A1001A48H", PriceArea.NO5)]
    public void The_five_norwegian_bidding_zones_are_found_by_their_eic_code(string eic, PriceArea area)
    {
        Assert.Equal(area, PriceAreas.FromEic(eic));
        Assert.Equal(eic, PriceAreas.Eic(area));
    }

    [Theory]
    [InlineData("10Y1001A1001A44P")] // SE1
    [InlineData("10YNO-5--------X")]
    [InlineData("10y1001a1001a48h")]
    [InlineData("")]
    public void An_unknown_eic_code_is_no_bidding_zone(string eic) =>
        Assert.Null(PriceAreas.FromEic(eic));

    [Fact]
    public void No_eic_code_is_no_bidding_zone() =>
        Assert.Null(PriceAreas.FromEic(null));

    [Theory]
    [InlineData("no5", PriceArea.NO5)]
    [InlineData("NO5", PriceArea.NO5)]
    [InlineData("No1", PriceArea.NO1)]
    [InlineData("NO3", PriceArea.NO3)]
    public void A_bidding_zone_is_found_by_its_short_name_in_any_case(string name, PriceArea area) =>
        Assert.Equal(area, PriceAreas.FromName(name));

    [Theory]
    [InlineData("NO6")]
    [InlineData("NO0")]
    [InlineData("NO")]
    [InlineData("NO55")]
    [InlineData("SE3")]
    [InlineData("")]
    public void Any_other_name_is_no_bidding_zone(string name) =>
        Assert.Null(PriceAreas.FromName(name));

    [Fact]
    public void No_name_is_no_bidding_zone() =>
        Assert.Null(PriceAreas.FromName(null));

    [Fact]
    public void There_are_five_bidding_zones() =>
        Assert.Equal([PriceArea.NO1, PriceArea.NO2, PriceArea.NO3, PriceArea.NO4, PriceArea.NO5], PriceAreas.All);
}
