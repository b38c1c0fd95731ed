namespace BKK.Portal.Web.Shell;

/// <summary>
/// The texts every page shares: the header, the menu, the footer, the language switcher and common words.
/// Bokmål in SharedTexts.resx, nynorsk in SharedTexts.nn.resx, English in SharedTexts.en.resx; views get
/// them as <c>S</c> (see _ViewImports).
/// </summary>
public sealed class SharedTexts;
