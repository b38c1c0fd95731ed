namespace BKK.Portal.Web.Sharing;

// The API's answers, as the OpenAPI document describes them. Times are ISO 8601 with the Oslo offset; energy in kWh,
// with statuses and resolution codes as in the CSV export.

/// <summary>A metering point the token covers.</summary>
/// <param name="Id">The metering point ID (18 digits).</param>
/// <param name="Address">The installation's address.</param>
/// <param name="Resolution">The meter's resolution: PT15M (quarter-hours) or PT60M (hours).</param>
/// <param name="PriceArea">The bidding zone, NO1 to NO5.</param>
/// <param name="HasProduction">Whether the point also has values of production (solar panels).</param>
public sealed record MeteringPointResponse(string Id, string Address, string Resolution, string PriceArea, bool HasProduction);

/// <summary>The metering points the token covers.</summary>
public sealed record MeteringPointsResponse(IReadOnlyList<MeteringPointResponse> MeteringPoints);

/// <summary>One meter value.</summary>
/// <param name="Start">The start of the interval.</param>
/// <param name="End">The end of the interval.</param>
/// <param name="Resolution">PT15M or PT60M.</param>
/// <param name="Kwh">Energy in the interval, kWh (an hour's kWh is its average power in kW).</param>
/// <param name="Status">measured, estimated, missing or customerread (an estimate replaced by the customer's reading of the register).</param>
public sealed record MeterValueResponse(DateTimeOffset Start, DateTimeOffset End, string Resolution, decimal Kwh, string Status);

/// <summary>The values of one series of a metering point in a period [from, to).</summary>
/// <param name="MeteringPointId">The metering point ID.</param>
/// <param name="Direction">consumption or production.</param>
/// <param name="Unit">Always kWh.</param>
/// <param name="From">The start of the period.</param>
/// <param name="To">The end of the period (not included).</param>
/// <param name="Values">The values in order of start.</param>
public sealed record MeterValuesResponse(string MeteringPointId, string Direction, string Unit, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<MeterValueResponse> Values);

/// <summary>A day's highest hour, one of the three that set the month's step.</summary>
/// <param name="Date">The day.</param>
/// <param name="HourStart">The start of the hour.</param>
/// <param name="Kw">The hour's average power, kW.</param>
/// <param name="Estimated">Whether an estimated value is part of it.</param>
public sealed record CapacityPeakResponse(DateOnly Date, DateTimeOffset HourStart, decimal Kw, bool Estimated);

/// <summary>The capacity step of one month.</summary>
/// <param name="Month">The month, yyyy-MM.</param>
/// <param name="AverageKw">The average of the three peaks, kW.</param>
/// <param name="StepFromKw">The step's lower bound, kW (included).</param>
/// <param name="StepToKw">The step's upper bound, kW (not included); null for the top step.</param>
/// <param name="MonthlyPriceNok">The step's price for the month, NOK incl. VAT.</param>
/// <param name="Peaks">The three highest days' highest hours (fewer early in a month).</param>
public sealed record CapacityMonthResponse(string Month, decimal AverageKw, decimal StepFromKw, decimal? StepToKw, decimal MonthlyPriceNok, IReadOnlyList<CapacityPeakResponse> Peaks);

/// <summary>The capacity step per month of a metering point.</summary>
public sealed record CapacityResponse(string MeteringPointId, IReadOnlyList<CapacityMonthResponse> Months);

/// <summary>One invoice.</summary>
/// <param name="Number">The invoice number.</param>
/// <param name="PeriodStart">The first day of the month it bills.</param>
/// <param name="IssueDate">The invoice date.</param>
/// <param name="DueDate">The due date.</param>
/// <param name="AmountInclVat">The amount, NOK incl. VAT.</param>
/// <param name="AmountDue">What is left to pay, NOK.</param>
/// <param name="Status">open, partlypaid, paid, overdue, debtcollection, credited or refund.</param>
/// <param name="Address">The installation's address.</param>
public sealed record InvoiceResponse(string Number, DateOnly PeriodStart, DateOnly IssueDate, DateOnly DueDate, decimal AmountInclVat, decimal AmountDue, string Status, string Address);

/// <summary>The invoices of a year, with the account's totals.</summary>
/// <param name="Year">The year asked for.</param>
/// <param name="Years">The years that have invoices.</param>
/// <param name="Invoices">The year's invoices, newest first.</param>
/// <param name="TotalOwed">What is owed now over all invoices, NOK.</param>
/// <param name="NextDueDate">The next due date of an unpaid invoice, if any.</param>
/// <param name="InvoicedThroughSupplier">Whether grid rent is invoiced by the electricity supplier instead.</param>
public sealed record InvoicesResponse(int Year, IReadOnlyList<int> Years, IReadOnlyList<InvoiceResponse> Invoices, decimal TotalOwed, DateOnly? NextDueDate, bool InvoicedThroughSupplier);

/// <summary>One spot price.</summary>
/// <param name="Start">The start of the interval.</param>
/// <param name="End">The end of the interval.</param>
/// <param name="NokPerKwh">The day-ahead price, NOK/kWh excl. VAT.</param>
public sealed record SpotPriceResponse(DateTimeOffset Start, DateTimeOffset End, decimal NokPerKwh);

/// <summary>The spot prices of a metering point's area in a period [from, to).</summary>
/// <param name="MeteringPointId">The metering point ID.</param>
/// <param name="PriceArea">The bidding zone.</param>
/// <param name="Unit">Always NOK/kWh excl. VAT.</param>
/// <param name="From">The start of the period.</param>
/// <param name="To">The end of the period (not included).</param>
/// <param name="Prices">The prices in order of start; an interval without a price is left out.</param>
public sealed record SpotPricesResponse(string MeteringPointId, string PriceArea, string Unit, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<SpotPriceResponse> Prices);
