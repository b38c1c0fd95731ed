namespace BKK.Portal.Domain.Access;

/// <summary>
/// Owner: the customer; Full: everything but managing access (fullmakt);
/// Limited: consumption and installations only.
/// </summary>
public enum AccessLevel
{
    Limited = 1,
    Full = 2,
    Owner = 3,
}
