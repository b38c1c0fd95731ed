namespace BKK.Portal.Domain.Common;

/// <summary>Thrown when code that expected a valid identifier received an invalid one.</summary>
public sealed class InvalidIdentifierException(string message) : Exception(message);
