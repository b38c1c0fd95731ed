namespace BKK.Portal.Domain.Invoices;

/// <summary>Norwegian public holidays (helligdager), when the energy charge is at the night rate all day.</summary>
public static class NorwegianHolidays
{
    public static bool IsHoliday(DateOnly date)
    {
        if ((date.Month, date.Day) is (1, 1) or (5, 1) or (5, 17) or (12, 25) or (12, 26))
        {
            return true;
        }

        var easter = EasterSunday(date.Year);
        var offset = date.DayNumber - easter.DayNumber;
        // Maundy Thursday, Good Friday, Easter Sunday and Monday, Ascension Day, Whit Sunday and Monday.
        return offset is -3 or -2 or 0 or 1 or 39 or 49 or 50;
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
