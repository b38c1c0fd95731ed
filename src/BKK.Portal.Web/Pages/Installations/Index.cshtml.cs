using BKK.Portal.Application.Installations;
using Microsoft.Extensions.Localization;

namespace BKK.Portal.Web.Pages.Installations;

/// <summary>Anlegg: the relationship's metering points with their meters, and their HAN ports with the requests to open or close them.</summary>
public sealed class IndexModel(CurrentRelationship current, InstallationsQuery query, HanPortService hanPorts, IStringLocalizer<InstallationTexts> texts) : PageModel
{
    public IReadOnlyList<Installation> Installations { get; private set; } = [];

    public IReadOnlyList<HanPortRow> HanPorts { get; private set; } = [];

    public bool MayRequest { get; private set; }

    [FromQuery(Name = "lagret")]
    public string? SavedFlag { get; set; }

    /// <summary>Why a request was not made, when it was not.</summary>
    public string? Refusal { get; private set; }

    public string? Message => SavedFlag == "han" ? texts["Han.Saved"].Value : null;

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostHanAsync([FromForm(Name = "malepunkt")] string? meteringPointId, [FromForm(Name = "handling")] string? action, CancellationToken cancellationToken)
    {
        if (action is not ("apne" or "stenge"))
        {
            return BadRequest();
        }

        var outcome = await hanPorts.RequestAsync(await current.GetAsync(cancellationToken), meteringPointId, action == "apne", cancellationToken);
        switch (outcome)
        {
            case HanPortOutcome.Requested:
                return Redirect("/anlegg?lagret=han");
            case HanPortOutcome.NotFound:
                return NotFound();
            default:
                Refusal = texts[outcome == HanPortOutcome.AlreadyPending ? "Han.AlreadyPending" : "Han.AlreadyThere"].Value;
                Response.StatusCode = StatusCodes.Status409Conflict;
                await LoadAsync(cancellationToken);
                return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var relationship = await current.GetAsync(cancellationToken);
        Installations = await query.ListAsync(relationship, cancellationToken);
        HanPorts = await hanPorts.ListAsync(relationship, cancellationToken);
        MayRequest = HanPortService.MayRequest(relationship);
    }
}
