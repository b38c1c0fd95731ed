namespace BKK.Portal.Application.Access;

/// <summary>The person asked for a relationship they hold no grant to (or that does not exist).</summary>
public sealed class RelationshipAccessDeniedException() : Exception("Access to the customer relationship was refused.");
