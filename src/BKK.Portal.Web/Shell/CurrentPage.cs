using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;

namespace BKK.Portal.Web.Shell;

/// <summary>
/// The page the person is on, as a local path with its query, for the forms of the layout that send them back to
/// it (the language switcher, the cookie banner). The language switcher leaves out a <c>lang=</c> in the query, or it would win over the
/// language just chosen; the banner keeps it, so the page stays in the language its link asked for.
/// </summary>
public static class CurrentPage
{
    public static string PathAndQuery(HttpContext context, bool withoutLanguage = false)
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerPathFeature>() is not null)
        {
            // An error page sends back to itself (the same error, in the language chosen), never to the refused
            // address: that would echo another's customer or invoice number, and tell a refused one from a missing one.
            return $"/feil/{context.Response.StatusCode}";
        }

        var kept = QueryHelpers.ParseQuery(context.Request.QueryString.Value)
            .Where(p => !withoutLanguage || !string.Equals(p.Key, LanguageRequestCultureProvider.QueryKey, StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)));
        return context.Request.Path.Value + QueryString.Create(kept).Value;
    }
}
