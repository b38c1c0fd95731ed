using System.Globalization;
using BKK.Portal.Domain.Consumption;

namespace BKK.Portal.Web.Pages.Consumption;

/// <summary>
/// Reads the Forbruk page's query string (periode, dato, serie) into a period, with a message for bad input
/// in the request's language (<see cref="ConsumptionTexts"/>). The query words stay Norwegian in every language.
/// </summary>
public static class ConsumptionRequest
{
    private static readonly ResourceTexts Texts = new(typeof(ConsumptionTexts));

    public static string PeriodWord(PeriodKind kind) => kind switch
    {
        PeriodKind.Day => "dag",
        PeriodKind.Week => "uke",
        PeriodKind.Year => "ar",
        _ => "maned",
    };

    /// <summary>The view: "kwh" (or nothing) for the energy alone, "kr" for the cost beside it.</summary>
    public static bool TryReadShow(string? showText, out bool cost, out string error)
    {
        error = string.Empty;
        switch (showText?.Trim().ToLowerInvariant())
        {
            case null or "" or "kwh":
                cost = false;
                return true;
            case "kr":
                cost = true;
                return true;
            default:
                cost = false;
                error = Texts["Error.UnknownShow"];
                return false;
        }
    }

    public static bool TryRead(string? periodText, string? dateText, string? seriesText, DateOnly today, out ConsumptionPeriod period, out FlowDirection direction, out string error)
    {
        period = default;
        direction = FlowDirection.Consumption;
        PeriodKind kind;
        switch (periodText?.Trim().ToLowerInvariant())
        {
            case null or "" or "maned" or "måned":
                kind = PeriodKind.Month;
                break;
            case "dag":
                kind = PeriodKind.Day;
                break;
            case "uke":
                kind = PeriodKind.Week;
                break;
            case "ar" or "år":
                kind = PeriodKind.Year;
                break;
            default:
                error = Texts["Error.UnknownPeriod"];
                return false;
        }

        var date = today;
        if (!string.IsNullOrWhiteSpace(dateText)
            && !DateOnly.TryParseExact(dateText.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            error = Texts["Error.InvalidDate"];
            return false;
        }

        // The period must overlap the three years the portal shows: a year or week that starts
        // before the earliest day is still shown, for its days inside the window.
        var candidate = ConsumptionPeriod.Containing(kind, date);
        if (date > today || candidate.End <= ConsumptionHistory.Earliest(today))
        {
            error = Texts.Format("Error.OutsideHistory", ConsumptionHistory.Earliest(today).ToString(Texts["Format.ShortDate"], CultureInfo.CurrentCulture));
            return false;
        }

        switch (seriesText?.Trim().ToLowerInvariant())
        {
            case null or "" or "forbruk":
                break;
            case "produksjon":
                direction = FlowDirection.Production;
                break;
            default:
                error = Texts["Error.UnknownSeries"];
                return false;
        }

        period = candidate;
        error = string.Empty;
        return true;
    }
}
