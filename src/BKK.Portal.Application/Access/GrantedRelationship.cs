namespace BKK.Portal.Application.Access;

/// <summary>A relationship the person may choose in the switcher.</summary>
public sealed record GrantedRelationship(CustomerNumber CustomerNumber, string HolderName, string? FirstAddress, AccessLevel Level);
