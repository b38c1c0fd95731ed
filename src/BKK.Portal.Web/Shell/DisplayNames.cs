using System.Globalization;
using BKK.Portal.Domain.Access;
using BKK.Portal.Domain.Customers;
using BKK.Portal.Domain.Meters;

namespace BKK.Portal.Web.Shell;

/// <summary>Norwegian (bokmål) names and number formats for what the pages show.</summary>
public static class DisplayNames
{
    public static CultureInfo Norwegian { get; } = CultureInfo.GetCultureInfo("nb-NO");

    public static string Of(CustomerType value) => value switch
    {
        CustomerType.Private => "Privat",
        CustomerType.Business => "Bedrift",
        _ => value.ToString(),
    };

    public static string Of(TariffType value) => value switch
    {
        TariffType.Household => "Husholdning",
        TariffType.HolidayHome => "Fritidsbolig",
        TariffType.BusinessLowVoltage => "Næring, lavspent",
        _ => value.ToString(),
    };

    public static string Of(AccessLevel value) => value switch
    {
        AccessLevel.Owner => "Eier",
        AccessLevel.Full => "Full fullmakt",
        AccessLevel.Limited => "Begrenset fullmakt",
        _ => value.ToString(),
    };

    public static string Of(InstallationType value) => value switch
    {
        InstallationType.Home => "Bolig",
        InstallationType.HolidayHome => "Fritidsbolig",
        InstallationType.Business => "Næring",
        _ => value.ToString(),
    };

    public static string Of(MeterResolution value) => value switch
    {
        MeterResolution.Hour => "Time",
        MeterResolution.QuarterHour => "Kvarter (15 minutter)",
        _ => value.ToString(),
    };

    public static string Kwh(decimal value) => value.ToString("N1", Norwegian) + " kWh";

    public static string Date(DateOnly value) => value.ToString("d. MMMM yyyy", Norwegian);

    public static string Month(DateOnly value) => value.ToString("MMMM yyyy", Norwegian);
}
