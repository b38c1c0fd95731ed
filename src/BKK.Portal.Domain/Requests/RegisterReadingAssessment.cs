namespace BKK.Portal.Domain.Requests;

/// <summary>What the rules make of a reading: the consumption since the last one, whether the register rolled over, and what looks wrong.</summary>
public sealed record RegisterReadingAssessment(long? ConsumptionKwh, bool RolledOver, RegisterReadingCheck Check);
