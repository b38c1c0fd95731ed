namespace BKK.Portal.Domain.Common;

/// <summary>The domain rules' messages to the customer: identifier checks and payment deferral decisions.</summary>
public sealed class DomainTexts;
