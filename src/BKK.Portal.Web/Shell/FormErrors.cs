using FluentValidation.AspNetCore;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace BKK.Portal.Web.Shell;

/// <summary>What a form shows when the server refused it: the field marked invalid, and a summary linking to each field.</summary>
public static class FormErrors
{
    /// <summary>
    /// A refused form: the validator's errors (and only those: binding noise is cleared) beside the
    /// fields of <c>Input</c>, and 400. The page then loads what it shows and returns itself.
    /// </summary>
    public static void Refuse(this PageModel page, ValidationResult result)
    {
        page.ModelState.Clear();
        result.AddToModelState(page.ModelState, "Input");
        page.Response.StatusCode = StatusCodes.Status400BadRequest;
    }

    /// <summary>"true" for <c>aria-invalid</c> when the field has an error, else null (no attribute).</summary>
    public static string? Invalid(this ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? "true" : null;

    /// <summary>Each error with the id of its field ("Input.Phone" is the field with id "Input_Phone").</summary>
    public static IEnumerable<(string FieldId, string Message)> Summary(this ModelStateDictionary modelState) =>
        modelState.Where(e => e.Value is { Errors.Count: > 0 })
            .SelectMany(e => e.Value!.Errors.Select(error => (e.Key.Replace('.', '_'), error.ErrorMessage)));
}
