using BKK.Portal.Web.Sharing;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace BKK.Portal.Web.Pages.Sharing;

/// <summary>
/// The API's reference, drawn from its OpenAPI document on this server: no script or font from anywhere else (a
/// reference page from a CDN would tell a third party who reads it). Open to anyone, like the document itself.
/// </summary>
[AllowAnonymous]
public sealed class ApiDocsModel([FromKeyedServices(SharingApi.DocumentName)] IOpenApiDocumentProvider documents, IOptions<ApiOptions> options) : PageModel
{
    public OpenApiDocument Document { get; private set; } = new();

    public int CallsPerMinute => options.Value.CallsPerMinute;

    /// <summary>A call as a shell command (code, the same in every language).</summary>
    public string Example => $"curl -H \"Authorization: Bearer {ApiTokenSecretStart}…\" {Request.Scheme}://{Request.Host}{SharingApi.Prefix}/metering-points";

    private const string ApiTokenSecretStart = Application.Sharing.ApiTokenSecret.Start;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Document = await documents.GetOpenApiDocumentAsync(cancellationToken);

    /// <summary>The operations in the document's order.</summary>
    public IEnumerable<(string Path, HttpMethod Method, OpenApiOperation Operation)> Operations =>
        from path in Document.Paths
        from operation in path.Value.Operations ?? []
        select (path.Key, operation.Key, operation.Value);

    /// <summary>The schemas the answers are made of.</summary>
    public IEnumerable<KeyValuePair<string, IOpenApiSchema>> Schemas => Document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();

    /// <summary>A schema as one short word: its type and format, or the name of the schema it refers to.</summary>
    public static string TypeOf(IOpenApiSchema? schema) => schema switch
    {
        null => string.Empty,
        OpenApiSchemaReference reference => reference.Reference.Id ?? string.Empty,
        { Type: { } type } when type.HasFlag(JsonSchemaType.Array) => "[" + TypeOf(schema.Items) + "]",
        { Type: { } type } => string.Join(" | ", Enum.GetValues<JsonSchemaType>().Where(t => t != 0 && type.HasFlag(t)).Select(t => t.ToString().ToLowerInvariant()))
            + (schema.Format is { } format ? $" ({format})" : string.Empty),
        _ => string.Empty,
    };

    /// <summary>The name of the component a schema refers to, for a link to it.</summary>
    public static string? ReferenceOf(IOpenApiSchema? schema) => schema switch
    {
        OpenApiSchemaReference reference => reference.Reference.Id,
        { Items: OpenApiSchemaReference items } => items.Reference.Id,
        _ => null,
    };
}
