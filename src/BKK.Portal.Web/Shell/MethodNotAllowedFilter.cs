using Microsoft.AspNetCore.Mvc.Filters;

namespace BKK.Portal.Web.Shell;

/// <summary>
/// A request whose method the page has no handler for (TRACE, PUT, DELETE, PATCH, or a POST to a page that
/// only reads) is a 405 with the methods the page does handle, before the page model runs half-initialised.
/// </summary>
public sealed class MethodNotAllowedFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var handlers = context.ActionDescriptor.HandlerMethods;
        var method = context.HttpContext.Request.Method;
        var readsOnly = HttpMethods.IsGet(method) || HttpMethods.IsHead(method);
        if (context.HandlerMethod is not null || (handlers.Count == 0 && readsOnly) || context.HandlerInstance is Pages.Errors.ErrorModel)
        {
            return next(); // the error page answers any method itself
        }

        // A handler name the page does not have, for a method it does handle: no such resource.
        var named = context.RouteData.Values["handler"] as string ?? context.HttpContext.Request.Query["handler"].FirstOrDefault();
        if (!string.IsNullOrEmpty(named) && handlers.Any(h => string.Equals(h.HttpMethod, readsOnly ? "GET" : method, StringComparison.OrdinalIgnoreCase)))
        {
            context.Result = new NotFoundResult();
            return Task.CompletedTask;
        }

        var allowed = handlers.Count == 0
            ? ["GET", "HEAD"]
            : handlers.Select(h => h.HttpMethod.ToUpperInvariant()).Distinct().ToList();
        if (allowed.Contains("GET") && !allowed.Contains("HEAD"))
        {
            allowed.Add("HEAD");
        }

        context.HttpContext.Response.Headers.Allow = string.Join(", ", allowed.Order(StringComparer.Ordinal));
        context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
        return Task.CompletedTask;
    }
}
