namespace BKK.Portal.Domain.Invoices;

/// <summary>A business relationship's first day and last day (null while it lasts): the days its fixed fees are billed for.</summary>
public readonly record struct BusinessDays(DateOnly Start, DateOnly? End);
