namespace BKK.Portal.Application.Prices;

/// <summary>
/// Imports one price file: an ENTSO-E day-ahead document (XML, which names its areas) or a day from
/// hvakosterstrommen.no (JSON, whose area is given or read from the file name), told apart by their
/// first character. The whole file is read and checked before anything is written, and then written
/// in one go: a refused file (<see cref="PriceFileException"/>) changes nothing.
/// </summary>
public sealed class SpotPriceImporter(ISpotPriceWriter writer, EurNokRates rates)
{
    /// <param name="fileName">The file's name, for the area of a hvakosterstrommen.no file ("10-01_NO5.json").</param>
    /// <param name="content">The file's text.</param>
    /// <param name="area">The area of a hvakosterstrommen.no file; an ENTSO-E document names its own areas.</param>
    /// <param name="ct">Stops the import; nothing is written then.</param>
    /// <exception cref="PriceFileException">The file is refused; nothing is written.</exception>
    public async Task<SpotPriceWriteSummary> ImportAsync(string fileName, TextReader content, PriceArea? area, CancellationToken ct)
    {
        var text = await content.ReadToEndAsync(ct);
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..]; // a byte order mark read as a character
        }

        var series = FirstCharacter(text) switch
        {
            '<' => EntsoeDayAheadDocument.Read(new StringReader(text), rates),
            '[' => HvaKosterStrommenFile.Read(new StringReader(text), JsonArea(fileName, area)),
            null => throw new PriceFileException("linje 1", "Filen er tom."),
            _ => throw new PriceFileException(
                "linje 1",
                "Ukjent filformat: ventet et XML-dokument fra ENTSO-E (begynner med «<») eller en JSON-liste fra hvakosterstrommen.no (begynner med «[»)."),
        };
        return await writer.WriteAsync(series, ct);
    }

    private static PriceArea JsonArea(string fileName, PriceArea? area)
    {
        var named = HvaKosterStrommenFile.AreaFromFileName(fileName);
        if (area is { } given && named is { } fromName && given != fromName)
        {
            throw new PriceFileException("linje 1", $"Filnavnet {Path.GetFileName(fileName)} gjelder {fromName}, men området er oppgitt som {given}; hvilket som er riktig er uklart.");
        }

        return area ?? named ?? throw new PriceFileException(
            "linje 1",
            "Filen sier ikke hvilket prisområde prisene gjelder: oppgi området (--område=NO5) eller bruk et filnavn som 10-01_NO5.json.");
    }

    private static char? FirstCharacter(string text)
    {
        foreach (var character in text)
        {
            if (!char.IsWhiteSpace(character))
            {
                return character;
            }
        }

        return null;
    }
}
