using System.Globalization;
using BKK.Portal.Domain.Consumption;

namespace BKK.Portal.Web.Pages.Consumption;

/// <summary>Reads the Forbruk page's query string (periode, dato, serie) into a period, with a Norwegian message for bad input.</summary>
public static class ConsumptionRequest
{
    public static string PeriodWord(PeriodKind kind) => kind switch
    {
        PeriodKind.Day => "dag",
        PeriodKind.Week => "uke",
        PeriodKind.Year => "ar",
        _ => "maned",
    };

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
                error = "Ukjent periode. Velg dag, uke, måned eller år.";
                return false;
        }

        var date = today;
        if (!string.IsNullOrWhiteSpace(dateText)
            && !DateOnly.TryParseExact(dateText.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            error = "Ugyldig dato. Skriv datoen som år-måned-dag, for eksempel 2026-11-25.";
            return false;
        }

        // The period must overlap the three years the portal shows: a year or week that starts
        // before the earliest day is still shown, for its days inside the window.
        var candidate = ConsumptionPeriod.Containing(kind, date);
        if (date > today || candidate.End <= ConsumptionHistory.Earliest(today))
        {
            error = $"Forbruk kan vises fra {ConsumptionHistory.Earliest(today):dd.MM.yyyy} til i dag.";
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
                error = "Ukjent serie. Velg forbruk eller produksjon.";
                return false;
        }

        period = candidate;
        error = string.Empty;
        return true;
    }
}
