using BKK.Portal.Application.Common;
using BKK.Portal.Domain.Access;
using BKK.Portal.Domain.Consumption;
using BKK.Portal.Domain.Customers;
using BKK.Portal.Domain.Inquiries;
using BKK.Portal.Domain.Invoices;
using BKK.Portal.Domain.Meters;

namespace BKK.Portal.Application.Tests.Common;

public sealed class DisplayNamesLanguageTests
{
    private static readonly DateTime Moment = new(2026, 11, 25, 13, 5, 0, DateTimeKind.Utc);
    private static readonly DateOnly Monday = new(2026, 11, 23);

    [Theory]
    [InlineData("nb-NO", "25. november 2026 kl. 14.05", "uke 48 (23. nov.–29. nov. 2026)", "mandag 23. november 2026", "Ikke forfalt", "25 %")]
    [InlineData("en-GB", "25 November 2026 at 14:05", "week 48 (23 Nov–29 Nov 2026)", "Monday 23 November 2026", "Not yet due", "25%")]
    public void Dates_periods_and_names_follow_the_language(string culture, string moment, string week, string day, string status, string percent) =>
        Assert.Equal(
            (moment, week, day, status, percent),
            TestCulture.In(culture, () => (
                DisplayNames.Moment(Moment),
                DisplayNames.Of(ConsumptionPeriod.Containing(PeriodKind.Week, Monday)),
                DisplayNames.Of(ConsumptionPeriod.Containing(PeriodKind.Day, Monday)),
                DisplayNames.Of(InvoiceStatus.Open),
                DisplayNames.Percent(0.25m))));

    [Fact]
    public void Nynorsk_has_its_own_words_and_the_nynorsk_day_names()
    {
        var (week, day, status, kind) = TestCulture.In("nn-NO", () => (
            DisplayNames.Of(ConsumptionPeriod.Containing(PeriodKind.Week, Monday)),
            DisplayNames.Of(ConsumptionPeriod.Containing(PeriodKind.Day, Monday)),
            DisplayNames.Of(InvoiceStatus.Open),
            DisplayNames.Of(PeriodKind.Week)));

        Assert.StartsWith("veke 48 (23. ", week, StringComparison.Ordinal);
        Assert.Equal("måndag 23. november 2026", day);
        Assert.Equal(("Ikkje forfallen", "Veke"), (status, kind));
    }

    [Theory]
    [InlineData("nb-NO", InvoiceLineKind.Capacity, "Kapasitetsledd, trinn 25 kW og over", "Kapasitetsledd, trinn 25 kW og over")]
    [InlineData("en-GB", InvoiceLineKind.Capacity, "Kapasitetsledd, trinn 25 kW og over", "Capacity charge, step 25 kW and above")]
    [InlineData("en-GB", InvoiceLineKind.Capacity, "Kapasitetsledd, trinn 2–5 kW", "Capacity charge, step 2–5 kW")]
    [InlineData("nn-NO", InvoiceLineKind.EnergyDay, "Energiledd dag (06–22 hverdager)", "Energiledd dag (06–22 kvardagar)")]
    [InlineData("en-GB", InvoiceLineKind.Stromstotte, "Strømstøtte (90 % over 77,5 øre/kWh)", "Electricity support (90% above 77.5 øre/kWh)")]
    [InlineData("nn-NO", InvoiceLineKind.Stromstotte, "Strømstøtte (90 % over 77,5 øre/kWh)", "Straumstøtte (90 % over 77,5 øre/kWh)")]
    [InlineData("en-GB", InvoiceLineKind.Norgespris, "Norgespris 50 øre/kWh, avregning", "Norgespris 50 øre/kWh, settlement")]
    [InlineData("en-GB", InvoiceLineKind.Norgespris, "Noe helt annet", "Noe helt annet")]
    public void An_invoice_line_stored_in_bokmal_is_named_in_the_language_of_the_page(string culture, InvoiceLineKind kind, string stored, string shown) =>
        Assert.Equal(shown, TestCulture.In(culture, () => DisplayNames.Of(new InvoiceLine(kind, stored, 1, "kWh", 1, 1))));

    [Theory]
    [InlineData("nb-NO", null, "25 kW og over")]
    [InlineData("en-GB", null, "25 kW and above")]
    [InlineData("en-GB", 5.0, "2–5 kW")]
    public void A_capacity_step_is_named_in_the_language_of_the_page(string culture, double? to, string shown) =>
        Assert.Equal(shown, TestCulture.In(culture, () => DisplayNames.Of(to is null ? new CapacityStep(25, null, 900) : new CapacityStep(2, (decimal)to, 200))));

    [Theory]
    [InlineData("nb-NO")]
    [InlineData("nn-NO")]
    [InlineData("en-GB")]
    public void Every_value_of_every_named_enum_has_a_name_in_every_language(string culture)
    {
        var names = TestCulture.In(culture, () => new[]
        {
            Enum.GetValues<CustomerType>().Select(v => DisplayNames.Of(v)), Enum.GetValues<TariffType>().Select(v => DisplayNames.Of(v)),
            Enum.GetValues<AccessLevel>().Select(v => DisplayNames.Of(v)), Enum.GetValues<InstallationType>().Select(v => DisplayNames.Of(v)),
            Enum.GetValues<MeterType>().Select(v => DisplayNames.Of(v)), Enum.GetValues<InquiryTopic>().Select(v => DisplayNames.Of(v)),
            Enum.GetValues<InquiryStatus>().Select(v => DisplayNames.Of(v)), Enum.GetValues<InquiryAuthor>().Select(v => DisplayNames.Of(v)),
            Enum.GetValues<MeterResolution>().Select(v => DisplayNames.Of(v)), Enum.GetValues<FlowDirection>().Select(v => DisplayNames.Of(v)),
            Enum.GetValues<PeriodKind>().Select(v => DisplayNames.Of(v)), Enum.GetValues<InvoiceStatus>().Select(v => DisplayNames.Of(v)),
            Enum.GetValues<DeliveryMethod>().Select(v => DisplayNames.Of(v)), Enum.GetValues<PaymentMethod>().Select(v => DisplayNames.Of(v)),
        }.SelectMany(n => n.ToList()).ToList());

        Assert.DoesNotContain(names, string.IsNullOrWhiteSpace);
        Assert.True(names.Count >= 40, $"only {names.Count} names");
    }

    [Theory]
    [InlineData("nb-NO", "02:15–02:30 (sommertid)", "02:15–02:30 (normaltid)", "03:00–03:15")]
    [InlineData("nn-NO", "02:15–02:30 (sommartid)", "02:15–02:30 (normaltid)", "03:00–03:15")]
    [InlineData("en-GB", "02:15–02:30 (summer time)", "02:15–02:30 (standard time)", "03:00–03:15")]
    public void A_quarter_hour_in_the_hour_that_occurs_twice_says_which_of_the_two_it_is(string culture, string first, string second, string after)
    {
        // 25 October 2026: the clocks go back from 03:00 summer time to 02:00 standard time.
        var firstTime = new DateTime(2026, 10, 25, 0, 15, 0, DateTimeKind.Utc);
        var secondTime = firstTime.AddHours(1);
        var shown = TestCulture.In(culture, () => (
            DisplayNames.TimeRange(firstTime, firstTime.AddMinutes(15)),
            DisplayNames.TimeRange(secondTime, secondTime.AddMinutes(15)),
            DisplayNames.TimeRange(secondTime.AddMinutes(45), secondTime.AddMinutes(60))));

        Assert.Equal((first, second, after), shown);
    }
}
