using BKK.Portal.Application.Consumption;
using BKK.Portal.Application.Sharing;
using Microsoft.Extensions.Localization;

namespace BKK.Portal.Web.Pages.Sharing;

/// <summary>
/// Deling av data: keys for the API. A new key is shown once, in the answer to the form that made it (never in a
/// redirect, a cookie or TempData), with caching forbidden; after that only its prefix is known.
/// </summary>
public sealed class IndexModel(CurrentRelationship current, ApiTokenService service, MeteringPointAccess points, TimeProvider clock, IStringLocalizer<SharingTexts> texts) : PageModel
{
    [BindProperty]
    public CreateApiToken Input { get; set; } = new();

    [FromQuery(Name = "lagret")]
    public string? SavedFlag { get; set; }

    public bool MayShare { get; private set; }

    public bool SeesAll { get; private set; }

    /// <summary>The relationship has ended: its keys have stopped, and no new one is offered.</summary>
    public bool Ended { get; private set; }

    public IReadOnlyList<ApiTokenRow> Tokens { get; private set; } = [];

    public IReadOnlyList<MeteringPointChoice> MeteringPoints { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public DateOnly LatestExpiry { get; private set; }

    public DateTime NowUtc { get; private set; }

    /// <summary>The key just made: shown in this answer only.</summary>
    public string? NewToken { get; private set; }

    public string? Message => SavedFlag switch
    {
        "trukket" => texts["Saved.Revoked"].Value,
        _ => null,
    };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input = NewForm();
        if (MeteringPoints.Count == 1)
        {
            Input.MeteringPoints = [MeteringPoints[0].Id];
        }
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var relationship = await current.GetAsync(cancellationToken);
        var created = await service.CreateAsync(relationship, Input, cancellationToken);
        if (!created.Result.IsValid)
        {
            this.Refuse(created.Result);
            await LoadAsync(cancellationToken);
            return Page();
        }

        NewToken = created.Token;
        Response.Headers.CacheControl = "no-store";
        ModelState.Clear();
        await LoadAsync(cancellationToken);
        Input = NewForm();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync([FromForm(Name = "nokkel")] string? token, CancellationToken cancellationToken)
    {
        var relationship = await current.GetAsync(cancellationToken);
        if (!int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            || !await service.RevokeAsync(relationship, id, cancellationToken))
        {
            return NotFound();
        }

        return Redirect("/deling-av-data?lagret=trukket");
    }

    /// <summary>The form as it starts: meter values, for 90 days.</summary>
    private CreateApiToken NewForm() => new() { ExpiresOn = Today.AddDays(90), MeterValues = true };

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var relationship = await current.GetAsync(cancellationToken);
        Today = OsloTime.Today(clock);
        NowUtc = clock.GetUtcNow().UtcDateTime;
        LatestExpiry = CreateApiTokenValidator.LatestExpiry(Today);
        MayShare = ApiTokenService.MayShare(relationship);
        SeesAll = relationship.Level == Domain.Access.AccessLevel.Owner;
        if (MayShare)
        {
            Ended = await service.HasEndedAsync(relationship, cancellationToken);
            Tokens = await service.ListAsync(relationship, cancellationToken);
            MeteringPoints = (await points.ListAsync(relationship, cancellationToken)).Select(p => p.Choice).ToList();
        }
    }
}
