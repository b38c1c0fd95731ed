using BKK.Portal.Domain.Requests;

namespace BKK.Portal.Application.Requests;

/// <summary>One reading as the customer's list shows it.</summary>
public sealed record ReadingRow(int Id, DateOnly OnDate, long RegisterKwh, RegisterReadingSource Source, RegisterReadingState State, RegisterReadingCheck Check, long? ConsumptionKwh, bool HasPhoto);

/// <summary>A metering point whose meter the customer reads: the register's digits, the reading the next is measured from, and whether one is due.</summary>
public sealed record ReadingPoint(
    string MeteringPointId, string MeteringPointIdFormatted, string Address, int Digits, ReadingRow? Last, bool Due, bool Waiting, IReadOnlyList<ReadingRow> Readings);

/// <summary>What became of a reported reading.</summary>
/// <param name="Result">The form's errors, field by field.</param>
/// <param name="Unlikely">Set when the reading looks wrong and the customer has not confirmed it: nothing was stored.</param>
/// <param name="Stored">The reading stored, applied or waiting for a check; null when nothing was stored.</param>
public sealed record ReadingReport(FluentValidation.Results.ValidationResult Result, RegisterReadingCheck? Unlikely, RegisterReading? Stored);
