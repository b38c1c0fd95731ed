using BKK.Portal.Application.Consent;
using BKK.Portal.Web.Consent;

namespace BKK.Portal.Web.Pages.Consent;

/// <summary>
/// Informasjonskapsler: the categories and their cookies from the catalogue, nothing ticked in
/// advance; accept all, necessary only, or the chosen ones. Also where the banner's buttons post.
/// Withdrawing a category deletes its cookies in the same response.
/// </summary>
[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Host.RateLimiting.ConsentPolicy)]
public sealed class CookiesModel(PrivacyCatalogue catalogue, ConsentService consent) : PageModel
{
    [BindProperty(Name = "valg")]
    public string? Choice { get; set; }

    [BindProperty(Name = "kategori")]
    public List<string> Categories { get; set; } = [];

    [BindProperty(Name = "tilbake")]
    public string? ReturnUrl { get; set; }

    [FromQuery(Name = "lagret")]
    public string? SavedFlag { get; set; }

    /// <summary>Where "Velg selv" came from, to go back there after saving.</summary>
    [FromQuery(Name = "fra")]
    public string? CameFrom { get; set; }

    public PrivacyCatalogue Catalogue => catalogue;

    public ConsentState Current => HttpContext.Consent();

    public bool Saved => SavedFlag == "1";

    public void OnGet()
    {
    }

    /// <summary>One category more, as a placeholder asks (the video's "accept marketing and show"); the others stay as they were.</summary>
    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var current = HttpContext.Consent();
        Categories = [.. current.Allowed.Select(c => c.ToString().ToLowerInvariant()), .. Categories];
        return await SaveAsync("plassholder", cancellationToken);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => SaveAsync(Choice, cancellationToken);

    private async Task<IActionResult> SaveAsync(string? choice, CancellationToken cancellationToken)
    {
        IEnumerable<CookieCategory>? allowed = choice switch
        {
            "alle" => ConsentService.Optional,
            "nodvendige" => [],
            "valgte" or "plassholder" => Categories.Select(c => Enum.TryParse<CookieCategory>(c, true, out var category) && ConsentService.Optional.Contains(category) ? category : (CookieCategory?)null)
                .OfType<CookieCategory>().ToList(),
            _ => null,
        };
        if (allowed is null)
        {
            return BadRequest();
        }

        var state = await consent.RecordAsync(HttpContext.Consent(), choice!, allowed, cancellationToken);
        HttpContext.ChangeConsent(state, catalogue);
        return LocalRedirect(ReturnUrl is { Length: > 0 } back && Url.IsLocalUrl(back) && !back.StartsWith("/informasjonskapsler", StringComparison.Ordinal)
            ? back
            : "/informasjonskapsler?lagret=1");
    }
}
