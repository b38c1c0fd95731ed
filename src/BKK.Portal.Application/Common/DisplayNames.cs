using System.Globalization;
using BKK.Portal.Domain.Inquiries;

namespace BKK.Portal.Application.Common;

/// <summary>
/// Names and number formats for what the portal shows, in the language of the current request (texts from
/// <see cref="DisplayTexts"/>, numbers and dates in <see cref="CultureInfo.CurrentCulture"/>): the pages, the
/// invoice PDF and the Mine data export say the same words.
/// </summary>
public static partial class DisplayNames
{
    private static readonly ResourceTexts Texts = new(typeof(DisplayTexts));

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    /// <summary>The name of an enum value: the text "Type.Value" of <see cref="DisplayTexts"/> ("InvoiceStatus.Paid").</summary>
    private static string Name<T>(T value)
        where T : struct, Enum => Texts[$"{typeof(T).Name}.{value}"];

    public static string Of(CustomerType value) => Name(value);

    public static string Of(TariffType value) => Name(value);

    public static string Of(AccessLevel value) => Name(value);

    public static string Of(InstallationType value) => Name(value);

    public static string Of(MeterType value) => Name(value);

    public static string Of(InquiryTopic value) => Name(value);

    public static string Of(InquiryStatus value) => Name(value);

    public static string Of(InquiryAuthor value) => Name(value);

    public static string Of(Domain.Notifications.NotificationKind value) => Name(value);

    public static string Of(Domain.Notifications.NotificationChannel value) => Name(value);

    public static string Of(Domain.Notices.NoticeKind value) => Name(value);

    public static string Of(Domain.Notices.NoticeStatus value) => Name(value);

    public static string Of(Domain.Requests.RegisterReadingState value) => Name(value);

    public static string Of(Domain.Requests.RegisterReadingSource value) => Name(value);

    public static string Of(Domain.Requests.RegisterReadingCheck value) => Name(value);

    /// <summary>Why customer service opened a customer: the case ("Henvendelse nr. 12", "Chat med kundeservice") or the reason written out.</summary>
    public static string Reason(Domain.CustomerService.StaffAccessReason reason, string? caseReference, string text) => reason switch
    {
        Domain.CustomerService.StaffAccessReason.Inquiry => Texts.Format("StaffAccessReason.Inquiry", caseReference ?? string.Empty),
        Domain.CustomerService.StaffAccessReason.Chat => Texts["StaffAccessReason.Chat"],
        _ => text,
    };

    /// <summary>A moment as Oslo time: "25. november 2026 kl. 14.05", "25 November 2026 at 14:05".</summary>
    public static string Moment(DateTime utc) =>
        OsloTime.ToLocal(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToString(Texts["Format.Moment"], Culture);

    public static string Of(MeterResolution value) => Name(value);

    /// <summary>A metering point's series: what it takes from the grid, or (a prosumer's) what it gives to it.</summary>
    public static string Of(FlowDirection value) => Name(value);

    public static string Of(PeriodKind value) => Name(value);

    public static string Kwh(decimal value) => Texts.Format("Format.Kwh", value);

    /// <summary>Three decimals, as meter values are reported, without unit.</summary>
    public static string Kwh3(decimal value) => value.ToString("N3", Culture);

    /// <summary>
    /// Two decimals, cut rather than rounded: 4.9997 kW shows as 4,99 kW, in the 2–5 kW step
    /// it is in, never as a 5,00 kW that looks like the next step.
    /// </summary>
    public static string Kw(decimal value) => Texts.Format("Format.Kw", decimal.Truncate(value * 100) / 100);

    public static string Nok(decimal value) => Texts.Format("Format.Nok", value);

    public static string Nok2(decimal value) => Texts.Format("Format.Nok2", value);

    /// <summary>
    /// The period as a heading: "onsdag 25. november 2026", "uke 48 (23. nov.–29. nov. 2026)", "november 2026", "2026";
    /// in English "Wednesday 25 November 2026", "week 48 (23 Nov–29 Nov 2026)".
    /// </summary>
    public static string Of(ConsumptionPeriod period) => period.Kind switch
    {
        PeriodKind.Day => period.Start.ToString(Texts["Format.DayHeading"], Culture),
        PeriodKind.Week => Texts.Format("Format.WeekHeading", ISOWeek.GetWeekOfYear(period.Start.ToDateTime(TimeOnly.MinValue)), period.Start, period.End.AddDays(-1)),
        PeriodKind.Month => Month(period.Start),
        _ => period.Start.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// A row label: the hour ("17–18"), the day ("ons. 25.11.") or the month ("november").
    /// On the day clocks go back, the two hours from 02:00 say which is which.
    /// </summary>
    public static string BucketLabel(ConsumptionBucket bucket, BucketSize size)
    {
        var local = bucket.StartLocal;
        return size switch
        {
            BucketSize.Hour => Texts.Format("Format.HourRange", local, local.AddHours(1)) + RepeatedHourMark(bucket.StartUtc),
            BucketSize.Month => local.ToString(Texts["Format.MonthLabel"], Culture),
            _ => local.ToString(Texts["Format.DayLabel"], Culture),
        };
    }

    /// <summary>
    /// An interval of local time, "02:15–02:30"; in the hour that occurs twice when the clocks go back, with which
    /// of the two it is ("02:15–02:30 (sommertid)").
    /// </summary>
    public static string TimeRange(DateTime startUtc, DateTime endUtc) =>
        Texts.Format("Format.TimeRange", OsloTime.ToLocal(startUtc), OsloTime.ToLocal(endUtc)) + RepeatedHourMark(startUtc);

    private static string RepeatedHourMark(DateTime startUtc)
    {
        var hourUtc = new DateTime(startUtc.Ticks - (startUtc.Ticks % TimeSpan.TicksPerHour), DateTimeKind.Utc);
        return IsRepeatedHour(hourUtc)
            ? $" ({(OsloTime.Zone.IsDaylightSavingTime(hourUtc) ? Texts["SummerTime"] : Texts["StandardTime"])})"
            : string.Empty;
    }

    /// <summary>An hour's local time that occurs twice: the hour before the clocks go back, or the same one after.</summary>
    private static bool IsRepeatedHour(DateTime startUtc) =>
        OsloTime.ToLocal(startUtc.AddHours(1)).Hour == OsloTime.ToLocal(startUtc).Hour
        || OsloTime.ToLocal(startUtc.AddHours(-1)).Hour == OsloTime.ToLocal(startUtc).Hour;

    /// <summary>The hour a local time falls in: "kl. 17–18", in English "17:00–18:00".</summary>
    public static string HourOfDay(DateTime local) => Texts.Format("Format.HourOfDay", local, local.AddHours(1));

    public static string Date(DateOnly value) => value.ToString(Texts["Format.Date"], Culture);

    public static string Month(DateOnly value) => value.ToString(Texts["Format.Month"], Culture);

    /// <summary>A capacity step as a range: "2–5 kW", "25 kW og over" / "25 kW and above".</summary>
    public static string Of(CapacityStep step) => step.ToKw is { } to
        ? Texts.Format("CapacityStep.Between", step.FromKw.ToString("0.##", Culture), to.ToString("0.##", Culture))
        : Texts.Format("CapacityStep.AndAbove", step.FromKw.ToString("0.##", Culture));

    /// <summary>
    /// An invoice line's description in the current language. Billing stores it in bokmål, as issued; the other
    /// languages name the line by its kind, with the figures (capacity step, øre per kWh, coverage) read from the
    /// stored text. A stored text that does not have the figures where expected is shown as stored.
    /// </summary>
    public static string Of(InvoiceLine line) => InvoiceLineName(line.Kind, line.Description);

    /// <summary>A line billed but not issued (the month so far) is named as its invoice will name it.</summary>
    public static string Of(InvoiceLineDraft line) => InvoiceLineName(line.Kind, line.Description);

    private static string InvoiceLineName(InvoiceLineKind kind, string description)
    {
        if (Languages.Current == Language.Bokmal)
        {
            return description;
        }

        var figures = InvoiceLineFigures().Matches(description).Select(m => decimal.Parse(m.Value.Replace(',', '.'), CultureInfo.InvariantCulture).ToString("0.##", Culture)).ToList();
        return kind switch
        {
            InvoiceLineKind.Capacity when CapacityStepOf(description) is { } step => Texts.Format("InvoiceLine.Capacity", step),
            InvoiceLineKind.Norgespris when figures.Count == 1 => Texts.Format("InvoiceLine.Norgespris", figures[0]),
            InvoiceLineKind.Stromstotte when figures.Count == 2 => Texts.Format("InvoiceLine.Stromstotte", figures[0], figures[1]),
            InvoiceLineKind.EnovaFeeBusiness when figures.Count == 2 => Texts.Format("InvoiceLine.EnovaFeeBusiness", figures[0], figures[1]),
            InvoiceLineKind.EnergyDay or InvoiceLineKind.EnergyNight or InvoiceLineKind.FixedCharge or InvoiceLineKind.ConsumptionTax
                or InvoiceLineKind.EnovaFee or InvoiceLineKind.DeferralInterest => Texts[$"InvoiceLine.{kind}"],
            _ => description,
        };
    }

    /// <summary>"2–5 kW" from "Kapasitetsledd, trinn 2–5 kW"; the open step ("25 kW og over") in the current language.</summary>
    private static string? CapacityStepOf(string description)
    {
        var at = description.IndexOf("trinn ", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var label = description[(at + "trinn ".Length)..];
        return label.EndsWith(" kW og over", StringComparison.Ordinal)
            && decimal.TryParse(label[..^" kW og over".Length], NumberStyles.Number, CultureInfo.InvariantCulture, out var from)
            ? Texts.Format("CapacityStep.AndAbove", from.ToString("0.##", Culture))
            : label;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\d+(?:[.,]\d+)?")]
    private static partial System.Text.RegularExpressions.Regex InvoiceLineFigures();

    public static string Of(InvoiceStatus value) => Name(value);

    /// <summary>
    /// An invoice line's quantity with its unit: kWh to the Wh ("883,676 kWh"), months and pieces whole ("1 mnd").
    /// The stored units "mnd" and "stk" are shown in the current language; any other unit as it is.
    /// </summary>
    public static string Quantity(decimal quantity, string unit) =>
        quantity.ToString(unit == "kWh" ? "N3" : "0.###", Culture) + " " + UnitName(unit);

    private static string UnitName(string unit) => unit switch
    {
        "mnd" => Texts["Unit.Month"],
        "stk" => Texts["Unit.Piece"],
        _ => unit,
    };

    /// <summary>A rate as percent: 0.25 is "25 %" ("25%" in English), 0.1111 is "11,11 %".</summary>
    public static string Percent(decimal rate) => Texts.Format("Format.Percent", rate * 100);

    public static string Of(DeliveryMethod value) => Name(value);

    public static string Of(PaymentMethod value) => Name(value);
}
