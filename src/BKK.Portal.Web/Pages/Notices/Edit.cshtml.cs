using BKK.Portal.Application.Notices;
using BKK.Portal.Domain.Notices;

namespace BKK.Portal.Web.Pages.Notices;

/// <summary>
/// A new driftsmelding (<c>/kundeservice/driftsmeldinger/ny</c>) or one to update and close
/// (<c>/kundeservice/driftsmeldinger/{id}</c>). Publishing and closing tell the customers in the area.
/// </summary>
public sealed class EditModel(NoticeService notices) : PageModel
{
    public const string NewId = "ny";

    [FromRoute(Name = "id")]
    public string IdText { get; set; } = string.Empty;

    [FromQuery(Name = "utfort")]
    public string? Done { get; set; }

    [BindProperty]
    public NoticeForm Input { get; set; } = new();

    public OperationalNotice? Notice { get; private set; }

    public bool IsNew => IdText == NewId;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (IsNew)
        {
            Input = new NoticeForm { Start = Domain.Common.OsloTime.ToLocal(DateTime.UtcNow) };
            return Page();
        }

        if (await LoadAsync(cancellationToken) is not { } notice)
        {
            return NotFound();
        }

        Input = NoticeForm.From(notice);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (IsNew)
        {
            var (created, id) = await notices.CreateAsync(Input, cancellationToken);
            if (created.IsValid)
            {
                return Redirect($"/kundeservice/driftsmeldinger/{id}?utfort=publisert");
            }

            this.Refuse(created);
            return Page();
        }

        if (Id is not { } noticeId)
        {
            return NotFound();
        }

        var result = await notices.UpdateAsync(noticeId, Input, cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        if (result.IsValid)
        {
            return Redirect($"/kundeservice/driftsmeldinger/{noticeId}?utfort=lagret");
        }

        this.Refuse(result);
        Notice = await LoadAsync(cancellationToken);
        return Page();
    }

    private int? Id => int.TryParse(IdText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    private async Task<OperationalNotice?> LoadAsync(CancellationToken cancellationToken) =>
        Id is { } id ? Notice = await notices.GetAsync(id, cancellationToken) : null;
}
