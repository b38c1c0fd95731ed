using System.Globalization;
using BKK.Portal.Domain.Inquiries;

namespace BKK.Portal.Application.Common;

/// <summary>
/// Norwegian (bokmål) names and number formats for what the portal shows: the pages, the invoice PDF and
/// the Mine data export say the same words.
/// </summary>
public static class DisplayNames
{
    public static CultureInfo Norwegian => Domain.Common.Norwegian.Culture;

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

    public static string Of(MeterType value) => value switch
    {
        MeterType.AmsSinglePhase => "AMS-måler, enfase",
        MeterType.AmsThreePhase => "AMS-måler, trefase",
        MeterType.AmsCurrentTransformer => "AMS-måler med strømtransformator",
        _ => value.ToString(),
    };

    public static string Of(InquiryTopic value) => value switch
    {
        InquiryTopic.Invoice => "Faktura og betaling",
        InquiryTopic.Consumption => "Forbruk og nettleie",
        InquiryTopic.Meter => "Måler",
        InquiryTopic.MovingInOrOut => "Flytting",
        InquiryTopic.PowerOutage => "Strømbrudd",
        InquiryTopic.Connection => "Tilknytning og kapasitet",
        _ => "Annet",
    };

    public static string Of(InquiryStatus value) => value switch
    {
        InquiryStatus.Received => "Mottatt",
        InquiryStatus.InProgress => "Under behandling",
        InquiryStatus.Answered => "Besvart",
        _ => "Avsluttet",
    };

    public static string Of(InquiryAuthor value) => value == InquiryAuthor.Customer ? "Kunde" : "Kundeservice";

    /// <summary>A moment as Oslo time: "25. november 2026 kl. 14.05".</summary>
    public static string Moment(DateTime utc) =>
        OsloTime.ToLocal(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToString("d. MMMM yyyy 'kl.' HH.mm", Norwegian);

    public static string Of(MeterResolution value) => value switch
    {
        MeterResolution.Hour => "Time (60 minutter)",
        MeterResolution.QuarterHour => "Kvarter (15 minutter)",
        _ => value.ToString(),
    };

    /// <summary>A metering point's series: what it takes from the grid, or (a prosumer's) what it gives to it.</summary>
    public static string Of(FlowDirection value) => value == FlowDirection.Production ? "Produksjon" : "Forbruk";

    public static string Of(PeriodKind value) => value switch
    {
        PeriodKind.Day => "Dag",
        PeriodKind.Week => "Uke",
        PeriodKind.Month => "Måned",
        _ => "År",
    };

    public static string Kwh(decimal value) => value.ToString("N1", Norwegian) + " kWh";

    /// <summary>Three decimals, as meter values are reported, without unit.</summary>
    public static string Kwh3(decimal value) => value.ToString("N3", Norwegian);

    /// <summary>
    /// Two decimals, cut rather than rounded: 4.9997 kW shows as 4,99 kW, in the 2–5 kW step
    /// it is in, never as a 5,00 kW that looks like the next step.
    /// </summary>
    public static string Kw(decimal value) => (decimal.Truncate(value * 100) / 100).ToString("N2", Norwegian) + " kW";

    public static string Nok(decimal value) => value.ToString("N0", Norwegian) + " kr";

    public static string Nok2(decimal value) => value.ToString("N2", Norwegian) + " kr";

    /// <summary>The period as a heading: "onsdag 25. november 2026", "uke 48 2026", "november 2026", "2026".</summary>
    public static string Of(ConsumptionPeriod period) => period.Kind switch
    {
        PeriodKind.Day => period.Start.ToString("dddd d. MMMM yyyy", Norwegian),
        PeriodKind.Week => $"uke {ISOWeek.GetWeekOfYear(period.Start.ToDateTime(TimeOnly.MinValue))} ({period.Start.ToString("d. MMM", Norwegian)}–{period.End.AddDays(-1).ToString("d. MMM yyyy", Norwegian)})",
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
            BucketSize.Hour => $"{local:HH}–{local.AddHours(1):HH}" + (IsRepeatedHour(bucket.StartUtc) ? (OsloTime.Zone.IsDaylightSavingTime(bucket.StartUtc) ? " (sommertid)" : " (normaltid)") : string.Empty),
            BucketSize.Month => local.ToString("MMMM", Norwegian),
            _ => local.ToString("ddd d.M.", Norwegian),
        };
    }

    /// <summary>An hour's local time that occurs twice: the hour before the clocks go back, or the same one after.</summary>
    private static bool IsRepeatedHour(DateTime startUtc) =>
        OsloTime.ToLocal(startUtc.AddHours(1)).Hour == OsloTime.ToLocal(startUtc).Hour
        || OsloTime.ToLocal(startUtc.AddHours(-1)).Hour == OsloTime.ToLocal(startUtc).Hour;

    public static string HourOfDay(DateTime local) => $"kl. {local:HH}–{local.AddHours(1):HH}";

    public static string Date(DateOnly value) => value.ToString("d. MMMM yyyy", Norwegian);

    public static string Month(DateOnly value) => value.ToString("MMMM yyyy", Norwegian);

    public static string Of(InvoiceStatus status) => status switch
    {
        InvoiceStatus.Paid => "Betalt",
        InvoiceStatus.PartlyPaid => "Delvis betalt",
        InvoiceStatus.Overdue => "Forfalt",
        InvoiceStatus.DebtCollection => "Sendt til inkasso",
        InvoiceStatus.Credited => "Kreditert",
        InvoiceStatus.Refund => "Til gode",
        _ => "Ikke forfalt",
    };

    /// <summary>An invoice line's quantity with its unit: kWh to the Wh ("883,676 kWh"), months and pieces whole ("1 mnd").</summary>
    public static string Quantity(decimal quantity, string unit) =>
        quantity.ToString(unit == "kWh" ? "N3" : "0.###", Norwegian) + " " + unit;

    /// <summary>A rate as Norwegian percent: 0.25 is "25 %", 0.1111 is "11,11 %".</summary>
    public static string Percent(decimal rate) => (rate * 100).ToString("0.##", Norwegian) + " %";

    public static string Of(DeliveryMethod delivery) => delivery switch
    {
        DeliveryMethod.EFaktura => "eFaktura",
        DeliveryMethod.AvtaleGiro => "AvtaleGiro",
        DeliveryMethod.Paper => "Papir",
        _ => "E-post",
    };

    public static string Of(PaymentMethod method) => method switch
    {
        PaymentMethod.AvtaleGiro => "AvtaleGiro",
        PaymentMethod.EFaktura => "eFaktura",
        _ => "Nettbank",
    };
}
