using System.Net;
using System.Text.Json.Nodes;
using BKK.Portal.Web.Tests.Support;
using Json.Schema;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace BKK.Portal.Web.Tests.Sharing;

/// <summary>The API's OpenAPI document is valid, lists every endpoint, and every endpoint answers what it says.</summary>
[Collection(PortalCollection.Name)]
public sealed class OpenApiDocumentTests(PortalFactory factory)
{
    private const string DocumentPath = "/api/openapi/v1.json";
    private static readonly Uri DocumentUri = new("https://bkk.example/api/openapi/v1.json");

    [Fact]
    public async Task The_document_is_valid_OpenAPI_and_lists_every_endpoint_with_its_schemas()
    {
        using var anonymous = ApiTokens.App(factory, null);
        var response = await anonymous.GetAsync(DocumentPath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        await File.WriteAllTextAsync(Path.Combine(Path.GetTempPath(), "bkk-openapi-v1.json"), text);

        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        var read = await OpenApiDocument.LoadAsync(stream, "json", new OpenApiReaderSettings());
        Assert.Empty(read.Diagnostic!.Errors);
        var document = read.Document!;
        Assert.Empty(document.Validate(ValidationRuleSet.GetDefaultRuleSet())!);

        var endpoints = Endpoints(factory);
        Assert.Equal(endpoints.Order(), document.Paths.Keys.Order());
        foreach (var (path, item) in document.Paths)
        {
            var get = item.Operations![HttpMethod.Get];
            Assert.False(string.IsNullOrWhiteSpace(get.Summary), path);
            var ok = get.Responses!["200"].Content!["application/json"].Schema;
            Assert.NotNull(ok);
            Assert.Contains("401", get.Responses.Keys);
            Assert.Contains("429", get.Responses.Keys);
        }

        Assert.Contains("bearer", document.Components!.SecuritySchemes!.Keys);
        Assert.NotEmpty(document.Security!);
    }

    [Fact]
    public async Task Each_documented_endpoint_answers_a_real_key_with_what_the_document_says()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var point = (await PortalDatabase.PointsOfAsync(factory, "10000017"))[0];
        var token = await ApiTokens.CreateAsync(kari, "Dokumentert", [point], "MeterValues,Capacity,Invoices");
        using var app = ApiTokens.App(factory, token);
        using var anonymous = ApiTokens.App(factory, null);
        var text = await anonymous.GetStringAsync(DocumentPath);
        var document = JsonNode.Parse(text)!;

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var samples = new Dictionary<string, string>
        {
            ["/api/v1/metering-points"] = string.Empty,
            ["/api/v1/metering-points/{meteringPointId}/values"] = $"?from={lastMonth:yyyy-MM-dd}&to={lastMonth.AddMonths(1):yyyy-MM-dd}",
            ["/api/v1/metering-points/{meteringPointId}/capacity"] = $"?from={lastMonth.AddMonths(-2):yyyy-MM}&to={lastMonth:yyyy-MM}",
            ["/api/v1/metering-points/{meteringPointId}/spot-prices"] = $"?from={lastMonth:yyyy-MM-dd}&to={lastMonth.AddDays(3):yyyy-MM-dd}",
            ["/api/v1/invoices"] = $"?year={lastMonth.Year}",
        };
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Equal(samples.Keys.Order(), paths.Order()); // a new endpoint needs its sample here
        foreach (var path in paths)
        {
            var url = path.Replace("{meteringPointId}", point, StringComparison.Ordinal) + samples[path];
            var response = await app.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
            using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var result = SchemaOf(path, document).Evaluate(body.RootElement, Options);
            Assert.True(result.IsValid, $"{url}: " + string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Key}: {e.Value}"))));
            Assert.True(body.RootElement.EnumerateObject().Any(), url);
        }
    }

    [Fact]
    public async Task A_wrong_answer_fails_the_check_against_the_document()
    {
        // The check itself can fail: a number where a string belongs, a property too many, one missing.
        using var anonymous = ApiTokens.App(factory, null);
        var text = await anonymous.GetStringAsync(DocumentPath);
        var schema = SchemaOf("/api/v1/metering-points", JsonNode.Parse(text)!);
        const string good = """{"meteringPoints":[{"id":"707057500000000018","address":"Gate 1","resolution":"PT15M","priceArea":"NO5","hasProduction":false}]}""";
        Assert.True(Valid(schema, good));
        foreach (var bad in new[]
        {
            good.Replace("\"707057500000000018\"", "707057500000000018", StringComparison.Ordinal),
            good.Replace("\"hasProduction\":false", "\"hasProduction\":false,\"extra\":1", StringComparison.Ordinal),
            good.Replace(",\"hasProduction\":false", string.Empty, StringComparison.Ordinal),
        })
        {
            Assert.False(Valid(schema, bad), bad);
        }
    }

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List };

    /// <summary>
    /// The schema of the 200 answer of GET <paramref name="path"/> as the document has it, made whole: the document's
    /// components become the schema's <c>$defs</c>, so every reference inside resolves within it.
    /// </summary>
    private static JsonSchema SchemaOf(string path, JsonNode document)
    {
        var answer = document["paths"]![path]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!.ToJsonString();
        var components = document["components"]?["schemas"]?.ToJsonString() ?? "{}";
        var text = $$"""{"$schema": "https://json-schema.org/draft/2020-12/schema", "$defs": {{components}}, "allOf": [{{answer}}]}"""
            .Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
        return JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() }, DocumentUri);
    }

    private static bool Valid(JsonSchema schema, string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement, Options).IsValid;
    }

    /// <summary>The API's routes as the portal maps them (the document must list exactly these).</summary>
    private static List<string> Endpoints(PortalFactory factory) =>
        PortalRoutes.Endpoints(factory.Services)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => p.StartsWith("/api/v1/", StringComparison.Ordinal))
            .Distinct()
            .ToList();
}
