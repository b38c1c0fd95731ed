using Microsoft.AspNetCore.Diagnostics;

namespace BKK.Portal.Web.Pages.Errors;

/// <summary>One friendly page for every error status; never a stack trace.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "Noe gikk galt";

    public string Explanation { get; private set; } = "Det oppstod en feil hos oss. Prøv igjen om litt.";

    public string? RequestId { get; private set; }

    public void OnGet(int? statusCode) => Describe(statusCode);

    // A re-executed POST (for example a refused switch) arrives here as a POST.
    public void OnPost(int? statusCode) => Describe(statusCode);

    /// <summary>Any other method (a PUT, TRACE or OPTIONS a page refused with 405) is described here too: the page answers them all.</summary>
    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null)
        {
            Describe(int.TryParse(context.RouteData.Values["statusCode"] as string, out var status) ? status : null);
        }
    }

    /// <summary>The database or the identity provider is away: the page must not ask the database for the header either.</summary>
    public bool Outage { get; private set; }

    private void Describe(int? statusCode)
    {
        var error = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        // An exception re-executed here keeps the status the handler chose; a visitor typing /feil/-1 finds no such page.
        var status = statusCode is >= 400 and <= 599 ? statusCode.Value : error is null ? StatusCodes.Status404NotFound : Response.StatusCode;
        if (status < 400)
        {
            status = StatusCodes.Status500InternalServerError;
        }

        Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            Outage = true;
            Response.Headers.RetryAfter = "30";
        }

        RequestId = HttpContext.TraceIdentifier; // the RequestId of every log event of this request
        (Heading, Explanation) = status switch
        {
            400 => ("Ugyldig forespørsel", "Adressen eller skjemaet inneholdt noe vi ikke kunne lese. Sjekk det du skrev inn og prøv igjen."),
            403 => ("Ingen tilgang", "Du har ikke tilgang til dette kundeforholdet. Velg et av dine egne kundeforhold i menyen."),
            404 => ("Fant ikke siden", "Siden finnes ikke, eller den er flyttet."),
            405 => ("Ugyldig forespørsel", "Denne siden kan ikke brukes slik."),
            429 => ("For mange forsøk", "Du har prøvd for mange ganger på kort tid. Vent litt og prøv igjen, eller kontakt kundeservice."),
            503 when Authentication.IdentityProviderOutage.Is(error) => ("Innloggingen er utilgjengelig", "Vi får ikke kontakt med innloggingstjenesten akkurat nå. Prøv igjen om noen minutter."),
            503 => ("Mine sider er midlertidig utilgjengelig", "Vi får ikke kontakt med systemene våre akkurat nå. Ingenting du har sendt inn er lagret halvveis: prøv igjen om noen minutter."),
            _ => (Heading, Explanation),
        };
    }
}
