namespace BKK.Portal.Application.Privacy;

/// <summary>A processor named in the notice, and what it does for the company.</summary>
public sealed record Processor(Text Name, Text Task);
