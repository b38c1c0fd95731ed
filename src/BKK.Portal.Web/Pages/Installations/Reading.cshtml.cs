using BKK.Portal.Application.Requests;
using BKK.Portal.Domain.Requests;

namespace BKK.Portal.Web.Pages.Installations;

/// <summary>
/// Måleravlesning: the customer of a meter that does not send values enters its register and the date, with a photo of
/// the display if they like. A reading the rules find unlikely is shown back for the customer to confirm.
/// </summary>
[RequestSizeLimit(BodyLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = BodyLimit)]
public sealed class ReadingModel(CurrentRelationship current, RegisterReadingService service, TimeProvider clock) : PageModel
{
    /// <summary>The body a form may have: twice the photo's limit, so a photo just over it gets its message and not a refused request.</summary>
    public const long BodyLimit = 2 * IReadingPhotos.MaxBytes;

    [BindProperty]
    public ReportReading Input { get; set; } = new();

    public IReadOnlyList<ReadingPoint> Points { get; private set; } = [];

    public bool MayReport { get; private set; }

    public DateOnly Today { get; private set; }

    /// <summary>Why the reading looks wrong, when the customer is asked to confirm it.</summary>
    public RegisterReadingCheck? Unlikely { get; private set; }

    [FromQuery(Name = "lagret")]
    public string? Saved { get; set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "Input.Photo")] IFormFile? photo, CancellationToken cancellationToken)
    {
        var relationship = await current.GetAsync(cancellationToken);
        await using var upload = photo is { Length: > 0 } ? photo.OpenReadStream() : null;
        var report = await service.ReportAsync(relationship, Input, upload, cancellationToken);
        if (report.Stored is { } stored)
        {
            return Redirect(stored.State == RegisterReadingState.AwaitingCheck ? "/anlegg/avlesning?lagret=kontroll" : "/anlegg/avlesning?lagret=ja");
        }

        if (!report.Result.IsValid)
        {
            this.Refuse(report.Result);
        }
        else
        {
            Unlikely = report.Unlikely;
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>The photo of one of the relationship's readings.</summary>
    public async Task<IActionResult> OnGetPhotoAsync(int id, CancellationToken cancellationToken) =>
        this.Jpeg(await service.PhotoAsync(await current.GetAsync(cancellationToken), id, cancellationToken));

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var relationship = await current.GetAsync(cancellationToken);
        Today = OsloTime.Today(clock);
        MayReport = RegisterReadingService.MayReport(relationship);
        Points = await service.ListAsync(relationship, cancellationToken);
        Input.MeteringPointId ??= Points.FirstOrDefault(p => p.Due)?.MeteringPointId ?? (Points.Count > 0 ? Points[0].MeteringPointId : null);
    }
}
