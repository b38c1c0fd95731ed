using BKK.Portal.Domain.Customers;
using Microsoft.AspNetCore.Mvc.Filters;

namespace BKK.Portal.Web.Access;

/// <summary>
/// Every way a page accepts a relationship id ends here: the query string
/// (<c>?kundeforhold=12345678</c>) and the route (<c>/kundeforhold/12345678</c>). A malformed
/// number is a 400; a relationship the person holds no grant to is a 403, on every page,
/// as is one that does not exist.
/// </summary>
public sealed class RelationshipSelectionFilter(RelationshipSelector selector) : IAsyncPageFilter
{
    public const string QueryKey = "kundeforhold";
    public const string RouteKey = "kundenummer";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        var requested = http.Request.Query[QueryKey].FirstOrDefault()
            ?? context.RouteData.Values[RouteKey] as string;
        if (requested is null || http.User.Identity?.IsAuthenticated != true || context.HandlerInstance is Pages.Errors.ErrorModel)
        {
            await Run(next);
            return;
        }

        var parsed = CustomerNumber.Parse(requested);
        if (!parsed.IsValid)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
            return;
        }

        try
        {
            await selector.SelectForRequestAsync(http, parsed.Value!); // this request only: a GET never changes state
        }
        catch (RelationshipAccessDeniedException)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
            return;
        }

        await Run(next);
    }

    /// <summary>A refusal deeper down (the page's own query) is a 403 page too, never an exception page.</summary>
    private static async Task Run(PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is RelationshipAccessDeniedException)
        {
            executed.ExceptionHandled = true;
            executed.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
        }
    }
}
