namespace BKK.Portal.Web.Shell;

/// <summary>A customer's image (the photo of a meter) as a page answers it: never cached on the way, 404 when there is none to show.</summary>
public static class PrivateImage
{
    public static IActionResult Jpeg(this PageModel page, byte[]? jpeg)
    {
        if (jpeg is null)
        {
            return page.NotFound();
        }

        page.Response.Headers.CacheControl = "private, no-store";
        return page.File(jpeg, "image/jpeg");
    }
}
