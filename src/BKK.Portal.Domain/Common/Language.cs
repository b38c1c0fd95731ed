namespace BKK.Portal.Domain.Common;

/// <summary>The portal's three languages. Bokmål is the default.</summary>
public enum Language
{
    Bokmal,
    Nynorsk,
    English,
}
