namespace BKK.Portal.Domain.Meters;

public enum InstallationType
{
    Home = 1,
    HolidayHome = 2,
    Business = 3,
}
