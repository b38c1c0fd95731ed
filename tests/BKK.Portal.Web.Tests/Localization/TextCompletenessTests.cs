using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BKK.Portal.Web.Shell;
using BKK.Portal.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Web.Tests.Localization;

/// <summary>
/// Every text in every language. A text can go missing three ways, and each has its check:
/// a key a page asks for that no resource file has (the walk over every route, in each language, as each kind
/// of person, reads what <see cref="MissingTexts"/> recorded); a key the bokmål file has and the nynorsk or
/// English file lacks, which would silently show bokmål (the files are compared); and a text written into a
/// page instead of a resource file (the page sources are read).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class TextCompletenessTests(PortalFactory factory)
{
    private static readonly string Source = Path.Combine(RepositoryRoot(), "src");

    public static TheoryData<string> People => new() { "", "kari", "ola", "ingrid", "per", "kundeservice1", "teamleder" };

    [Theory]
    [MemberData(nameof(People))]
    public async Task Every_route_renders_in_every_language_with_every_text_found(string person)
    {
        using var client = factory.CreatePortalClient();
        var values = await SampleValuesAsync(person);
        if (person.Length > 0)
        {
            await client.LoginAsync(person);
        }

        var missing = factory.Services.GetRequiredService<MissingTexts>();
        var read = 0;
        foreach (var language in new[] { "nb", "nn", "en" })
        {
            client.Http.DefaultRequestHeaders.Remove("Accept-Language");
            client.Http.DefaultRequestHeaders.Add("Accept-Language", language);
            foreach (var url in PortalRoutes.GetUrls(factory.Services, values).Select(u => u.Url).Concat(Variants))
            {
                if (url.StartsWith("/dev-idp", StringComparison.Ordinal) || url.StartsWith("/health", StringComparison.Ordinal))
                {
                    continue; // the development provider stands in for ID-porten; health checks have no text
                }

                var response = await client.Http.GetAsync(url);
                // A missing text in code without a localizer throws: a 500 where the page did not ask for one.
                Assert.True(response.StatusCode != HttpStatusCode.InternalServerError || url == "/feil/500", $"{url} in {language} as '{person}': 500");
                if (response.Content.Headers.ContentType?.MediaType == "text/html")
                {
                    var page = await PortalClient.ParseAsync(response);
                    Assert.True(language == page.DocumentElement.GetAttribute("lang"), $"{url} in {language} as '{person}' says <html lang=\"{page.DocumentElement.GetAttribute("lang")}\">");
                    read++;
                }
            }
        }

        Assert.True(read >= 3 * 5, $"only {read} pages were read");
        Assert.True(missing.All.Count == 0, string.Join('\n', missing.All));
    }

    /// <summary>Pages that show other texts for other statuses or query values than the route's sample gives.</summary>
    private static readonly string[] Variants =
    [
        "/finnes-ikke", "/feil/400", "/feil/403", "/feil/405", "/feil/429", "/feil/500", "/feil/503",
        "/innlogging-feilet?arsak=ukjent", "/innlogging-feilet?arsak=sikkerhetsniva",
        "/forbruk?vis=kr", "/forbruk?periode=dag&vis=kr", "/forbruk?periode=ar&vis=kr", "/forbruk?vis=tull",
        "/kundeservice?nokkel=CustomerNumber&verdi=10000017", "/kundeservice?nokkel=Invoice&verdi=x", "/kundeservice?nokkel=Inquiry&verdi=99999",
        "/kundeservice/henvendelser?status=tildelt", "/kundeservice/henvendelser?status=venter", "/kundeservice/henvendelser?status=lukket",
        "/kundeservice/tilgangslogg?kundenummer=1", "/kundeservice/henvendelser/1?utfort=svart",
    ];

    [Fact]
    public void Every_resource_file_has_its_nynorsk_and_English_twin_with_the_same_texts()
    {
        var bokmal = Directory.EnumerateFiles(Source, "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !LanguageSuffix().IsMatch(f))
            .ToList();
        Assert.NotEmpty(bokmal);
        var problems = new List<string>();
        foreach (var file in bokmal)
        {
            var keys = Texts(file);
            foreach (var language in new[] { "nn", "en" })
            {
                var twin = Path.ChangeExtension(file, $".{language}.resx");
                if (!File.Exists(twin))
                {
                    problems.Add($"{Relative(file)} has no {language} file");
                    continue;
                }

                var translated = Texts(twin);
                problems.AddRange(keys.Keys.Except(translated.Keys).Select(k => $"{Relative(twin)} lacks {k}"));
                problems.AddRange(translated.Keys.Except(keys.Keys).Select(k => $"{Relative(twin)} has {k}, which bokmål does not"));
                problems.AddRange(translated.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => $"{Relative(twin)}: {t.Key} is empty"));
            }

            problems.AddRange(keys.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => $"{Relative(file)}: {t.Key} is empty"));
            problems.AddRange(keys.Where(t => PlaceholderCount(t.Value) is var n && Twins(file).Any(twin => Texts(twin).TryGetValue(t.Key, out var other) && PlaceholderCount(other) != n))
                .Select(t => $"{Relative(file)}: {t.Key} has other placeholders in another language"));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void No_page_has_a_text_of_its_own_outside_the_resource_files()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(Source, "BKK.Portal.Web", "Pages"), "*.cshtml", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(pages);
        var problems = pages.SelectMany(p => HandWritten(File.ReadAllText(p)).Select(text => $"{Relative(p)}: \"{text}\"")).ToList();

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [InlineData("<p>Forbruk denne måneden</p>", "Forbruk denne måneden")]
    [InlineData("<button aria-label=\"Lukk\">@S[\"X\"]</button>", "Lukk")]
    [InlineData("<td>@DisplayNames.Kwh(x) totalt</td>", "totalt")]
    [InlineData("<h1>\n    Fakturaer\n</h1>", "Fakturaer")]
    public void The_page_source_check_finds_a_hand_written_text(string source, string text) =>
        Assert.Contains(text, HandWritten(source));

    [Theory]
    [InlineData("<p>@T[\"Intro\"]</p>")]
    [InlineData("<td>@DisplayNames.Kwh(x) kWh</td>")]
    [InlineData("@if (Model.Show)\n{\n    var label = Model.Name + \" x\";\n    <span>@label</span>\n}")]
    [InlineData("<div>BKK Nett AS · <span class=\"text-nowrap\">55 12 70 00</span></div>")]
    [InlineData("@* En kommentar på norsk *@<p>@T[\"A\"]</p>")]
    [InlineData("@page \"/x\"\n@inject IStringLocalizer<HelpTexts> T\n@inject IHtmlLocalizer<HelpTexts> H\n<h1>@T[\"Title\"]</h1>")]
    public void The_page_source_check_lets_resources_code_and_names_through(string source) =>
        Assert.Empty(HandWritten(source));

    /// <summary>
    /// Text nodes and text attributes of a Razor page once its comments, code blocks, scripts and Razor
    /// expressions are taken out, less what needs no translation: units, names, numbers and punctuation.
    /// </summary>
    private static IEnumerable<string> HandWritten(string source)
    {
        var text = RazorComment().Replace(source, " ");
        text = Directive().Replace(text, " ");
        text = Entity().Replace(text, " ");
        text = ScriptOrStyle().Replace(text, " ");
        text = RemoveBalanced(text, "@{", '{', '}');
        text = RemoveBalanced(text, "@(", '(', ')');
        foreach (var attribute in TextAttribute().Matches(text).Select(m => m.Groups["value"].Value))
        {
            if (NeedsTranslation(attribute))
            {
                yield return attribute.Trim();
            }
        }

        text = Tag().Replace(text, "<>");
        foreach (var node in text.Split("<>"))
        {
            if (LooksLikeCode(node))
            {
                continue;
            }

            var plain = WithoutExpressions(node);
            if (NeedsTranslation(plain))
            {
                yield return Whitespace().Replace(plain, " ").Trim();
            }
        }
    }

    /// <summary>The text without its implicit Razor expressions: <c>@Model.A.B(c(d))[e]</c>, <c>@await X.Y()</c>.</summary>
    private static string WithoutExpressions(string text)
    {
        var result = new System.Text.StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] != '@' || i + 1 >= text.Length || !(char.IsLetter(text[i + 1]) || text[i + 1] == '_'))
            {
                result.Append(text[i++]);
                continue;
            }

            i++;
            if (text.AsSpan(i).StartsWith("await ", StringComparison.Ordinal))
            {
                i += "await ".Length;
            }

            while (i < text.Length)
            {
                if (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '.' or '?' or '!')
                {
                    i++;
                }
                else if (text[i] is '(' or '[')
                {
                    var depth = 0;
                    for (; i < text.Length; i++)
                    {
                        depth += text[i] is '(' or '[' ? 1 : text[i] is ')' or ']' ? -1 : 0;
                        if (depth == 0)
                        {
                            i++;
                            break;
                        }
                    }
                }
                else
                {
                    break;
                }
            }

            result.Append(' ');
        }

        return result.ToString();
    }

    private static bool NeedsTranslation(string text) =>
        Word().Matches(text).Any(w => !Untranslated.Contains(w.Value));

    private static bool LooksLikeCode(string text) =>
        text.Contains(';', StringComparison.Ordinal) || text.Contains('{', StringComparison.Ordinal) || text.Contains('}', StringComparison.Ordinal)
        || text.Contains("=>", StringComparison.Ordinal) || CodeStart().IsMatch(text);

    /// <summary>Words that read the same in every language: units, names of companies and services.</summary>
    private static readonly HashSet<string> Untranslated = new(StringComparer.Ordinal)
    {
        "kWh", "kW", "kr", "BKK", "Nett", "AS", "Elhub", "ID", "porten", "Vipps", "uutilsynet", "no", "KID", "AMS", "CSV", "JSON", "PDF", "Excel", "nb", "nn", "en",
    };

    private static string RemoveBalanced(string text, string start, char open, char close)
    {
        var result = new System.Text.StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var at = text.IndexOf(start, i, StringComparison.Ordinal);
            if (at < 0)
            {
                result.Append(text, i, text.Length - i);
                break;
            }

            result.Append(text, i, at - i).Append(' ');
            var depth = 0;
            var j = at + start.Length - 1;
            for (; j < text.Length; j++)
            {
                depth += text[j] == open ? 1 : text[j] == close ? -1 : 0;
                if (depth == 0)
                {
                    break;
                }
            }

            i = j + 1;
        }

        return result.ToString();
    }

    private static int PlaceholderCount(string text) => Placeholder().Matches(text).Select(m => m.Value).Distinct().Count();

    private static IEnumerable<string> Twins(string file) => new[] { "nn", "en" }.Select(l => Path.ChangeExtension(file, $".{l}.resx")).Where(File.Exists);

    private static Dictionary<string, string> Texts(string file) =>
        XDocument.Load(file).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty);

    private static string Relative(string path) => Path.GetRelativePath(Source, path);

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BKK.Portal.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root (BKK.Portal.sln) was not found above the test output.");
    }

    /// <summary>The person's own invoice and inquiry where they have both; else Kari's (the person then sees the refusal page).</summary>
    private async Task<Dictionary<string, string>> SampleValuesAsync(string person)
    {
        if (person.Length > 0)
        {
            using var own = factory.CreatePortalClient();
            await own.LoginAsync(person);
            if (await PortalRoutes.OwnSampleValuesAsync(own) is { } values)
            {
                return values;
            }
        }

        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        return await PortalRoutes.SampleValuesAsync(kari);
    }

    [GeneratedRegex(@"\.(nn|en)\.resx$")]
    private static partial Regex LanguageSuffix();

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex RazorComment();

    [GeneratedRegex(@"<(script|style)\b.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"\b(aria-label|title|alt|placeholder|aria-description|data-label|data-[a-z-]+-text)=""(?<value>[^""@]*)""")]
    private static partial Regex TextAttribute();

    [GeneratedRegex(@"<[^<>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"^\s*@(if|else|foreach|for|switch|while|using|model|page|inject|section|addTagHelper|namespace|functions|do|try)\b")]
    private static partial Regex CodeStart();

    [GeneratedRegex(@"^\s*@(inject|model|using|page|namespace|addTagHelper|attribute|implements|inherits|layout)\b.*$", RegexOptions.Multiline)]
    private static partial Regex Directive();

    [GeneratedRegex(@"&(\w+|#\d+);")]
    private static partial Regex Entity();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Word();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
