namespace BKK.Portal.Application.Privacy;

/// <summary>A category of personal data in the notice, with what it holds, why, and the retention rule it follows.</summary>
public sealed record DataCategory(string Key, Text Name, Text Holds, Text Purpose, Text LegalBasis, string RetentionKey);
