using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

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

    private void Describe(int? statusCode)
    {
        var status = statusCode is >= 400 and <= 599 ? statusCode.Value : StatusCodes.Status500InternalServerError;
        Response.StatusCode = status;
        RequestId = Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;
        (Heading, Explanation) = status switch
        {
            400 => ("Ugyldig forespørsel", "Adressen eller skjemaet inneholdt noe vi ikke kunne lese. Sjekk det du skrev inn og prøv igjen."),
            403 => ("Ingen tilgang", "Du har ikke tilgang til dette kundeforholdet. Velg et av dine egne kundeforhold i menyen."),
            404 => ("Fant ikke siden", "Siden finnes ikke, eller den er flyttet."),
            405 => ("Ugyldig forespørsel", "Denne siden kan ikke brukes slik."),
            429 => ("For mange forsøk", "Du har prøvd for mange ganger på kort tid. Vent en time og prøv igjen, eller kontakt kundeservice."),
            _ => (Heading, Explanation),
        };
    }
}
