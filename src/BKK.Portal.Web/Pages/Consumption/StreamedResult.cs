namespace BKK.Portal.Web.Pages.Consumption;

/// <summary>A response body written by a callback, straight to the client.</summary>
public sealed class StreamedResult(string contentType, Func<Stream, Task> write) : Microsoft.AspNetCore.Mvc.IActionResult
{
    public async Task ExecuteResultAsync(Microsoft.AspNetCore.Mvc.ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.ContentType = contentType;
        await write(response.Body);
    }
}
