namespace BKK.Portal.Application.Consumption;

/// <summary>A line of an import file that did not go in, with its number and why.</summary>
public sealed record ImportRejection(long LineNumber, string Reason);
