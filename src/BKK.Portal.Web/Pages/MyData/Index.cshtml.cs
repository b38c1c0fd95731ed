using BKK.Portal.Application.MyData;
using BKK.Portal.Web.Authentication;
using BKK.Portal.Web.Consent;

namespace BKK.Portal.Web.Pages.MyData;

/// <summary>Mine data: the logged-in person downloads everything the portal holds about them as one ZIP, and sees when customer service looked at it.</summary>
public sealed class IndexModel(MyDataExport export, Application.CustomerService.StaffAccessLog staffAccess, TimeProvider clock) : PageModel
{
    /// <summary>When customer service opened the person's relationships, and why (the unit and the time, no staff names).</summary>
    public IReadOnlyList<Application.CustomerService.CustomerServiceOpening> Openings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.Subject() is { } subject)
        {
            Openings = await staffAccess.OfHolderAsync(subject, cancellationToken);
        }
    }

    public async Task<IActionResult> OnGetZipAsync(CancellationToken cancellationToken)
    {
        var subject = User.Subject();
        if (subject is null)
        {
            return Challenge();
        }

        // The ZIP is made in a temporary file that deletes itself (the archive writes parts of itself
        // synchronously, which the server does not allow), then streamed: memory stays small for any history.
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await export.WriteAsync(subject, HttpContext.Consent().ConsentId, file, cancellationToken);
        file.Position = 0;
        Response.Headers.CacheControl = "no-store";
        return File(file, "application/zip", $"mine-data-{BKK.Portal.Domain.Common.OsloTime.Today(clock):yyyy-MM-dd}.zip");
    }
}
