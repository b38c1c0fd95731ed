namespace BKK.Portal.Application.Common;

/// <summary>The names and number and date formats of <see cref="DisplayNames"/>: enum values, units, dates, periods.</summary>
public sealed class DisplayTexts;
