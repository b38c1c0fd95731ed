namespace BKK.Portal.Web.Pages.Prices;

/// <summary>The texts of the Strømpris page (<c>PriceTexts.resx</c>, <c>.nn.resx</c>, <c>.en.resx</c>).</summary>
public sealed class PriceTexts;
