namespace BKK.Portal.Domain.Invoices;

/// <summary>
/// The grid tariff's energy charge, fixed charge and taxes from a date on, all in NOK excl. VAT
/// (the capacity steps are in <see cref="Consumption.CapacityTariff"/>). Day rate 06–22 on
/// weekdays; the night rate at night, at weekends and on public holidays. Winter is January
/// to March, when the energy charge and the consumption tax are lower. A period begins on the first of a month, so that
/// each month is billed with one period's rates (the consumption tax changes on the first of January and of April).
/// The Enova fee is per kWh for households, and per metering point and year for businesses (<see cref="EnovaFee"/>).
/// </summary>
public sealed record GridTariffPeriod(
    DateOnly ValidFrom,
    decimal WinterDayRate,
    decimal WinterNightRate,
    decimal DayRate,
    decimal NightRate,
    decimal WinterConsumptionTax,
    decimal ConsumptionTax,
    decimal EnovaFeePerKwh,
    decimal FixedChargePerMonth,
    decimal VatRate,
    decimal EnovaFeePerYearBusiness = 0)
{
    public static bool IsWinter(DateOnly month) => month.Month <= 3;
}
