using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace BKK.Portal.Web.Pages.Access;

/// <summary>
/// Fullmakt: the owner gives another person limited or full access and takes it back. The identity
/// number typed in is never written back into the page, not even when the form must be corrected.
/// </summary>
[EnableRateLimiting(Host.RateLimiting.GrantPolicy)]
public sealed class GrantsModel(CurrentRelationship current, AccessManagementService service, IStringLocalizer<AccessTexts> texts) : PageModel
{
    [BindProperty]
    public GrantAccess Input { get; set; } = new();

    [FromQuery(Name = "lagret")]
    public string? SavedFlag { get; set; }

    public bool MayManage { get; private set; }

    public IReadOnlyList<GrantRow> Grants { get; private set; } = [];

    public string? Message => SavedFlag switch
    {
        "gitt" => texts["Saved.Granted"].Value,
        "trukket" => texts["Saved.Revoked"].Value,
        _ => null,
    };

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(await current.GetAsync(cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostGrantAsync(CancellationToken cancellationToken)
    {
        var relationship = await current.GetAsync(cancellationToken);
        var result = await service.GrantAsync(relationship, Input, cancellationToken);
        if (result.IsValid)
        {
            return Redirect("/fullmakt?lagret=gitt");
        }

        this.Refuse(result);
        Input.NationalIdentityNumber = null;
        await LoadAsync(relationship, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync([FromForm(Name = "fullmakt")] string? grant, CancellationToken cancellationToken)
    {
        var relationship = await current.GetAsync(cancellationToken);
        if (!int.TryParse(grant, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            || !await service.RevokeAsync(relationship, id, cancellationToken))
        {
            return NotFound();
        }

        return Redirect("/fullmakt?lagret=trukket");
    }

    private async Task LoadAsync(AuthorizedRelationship relationship, CancellationToken cancellationToken)
    {
        MayManage = AccessManagementService.MayManage(relationship);
        if (MayManage)
        {
            Grants = await service.ListAsync(relationship, cancellationToken);
        }
    }
}
