using BKK.Portal.Domain.Notifications;

namespace BKK.Portal.Application.Notifications;

/// <summary>The choices form: the kinds ticked for SMS and for e-mail, the language of the messages, and the alert levels.</summary>
public sealed class ChooseNotifications
{
    public List<NotificationKind> Sms { get; set; } = [];

    public List<NotificationKind> Email { get; set; } = [];

    /// <summary>nb, nn or en.</summary>
    public string? Language { get; set; }

    /// <summary>Warn when the room to the next capacity step is under this many kW (empty: only when the step rises), as typed.</summary>
    public string? CapacityMarginKw { get; set; }

    /// <summary>The day's consumption in kWh above which the high-consumption alert goes (empty: none), as typed.</summary>
    public string? DailyLimitKwh { get; set; }

    /// <summary>A number as a person types it: "1,5" or "1.5", spaces as thousands separators; null when empty.</summary>
    /// <returns>False when something is typed that is not a number.</returns>
    public static bool TryNumber(string? text, out decimal? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var normal = string.Concat(text.Where(c => !char.IsWhiteSpace(c))).Replace(',', '.');
        if (decimal.TryParse(normal, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            value = number;
            return true;
        }

        return false;
    }

    public static decimal? Number(string? text) => TryNumber(text, out var value) ? value : null;

    public static string? Text(decimal? value) => value?.ToString("0.##", System.Globalization.CultureInfo.CurrentCulture);

    public static NotificationKind Combine(IEnumerable<NotificationKind> kinds) =>
        kinds.Aggregate(NotificationKind.None, (all, kind) => all | kind);
}
