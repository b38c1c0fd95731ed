using System.Globalization;
using System.Text;
using System.Text.Json;
using BKK.Portal.Application.Consumption;
using BKK.Portal.Domain.Consumption;
using Microsoft.Extensions.Localization;

namespace BKK.Portal.Web.Pages.Consumption;

/// <summary>
/// Writes the export as it is read from the database, flushing as it goes: the response starts
/// at once and memory stays flat however many years are asked for. The CSV is UTF-8 with BOM,
/// semicolon separated, in the request's language: its header, direction and status words come
/// from <see cref="ConsumptionTexts"/> and its decimal separator from the current culture. In
/// bokmål it is the file the import reads (<see cref="MeterValueCsvFormat"/>), for Norwegian Excel.
/// Interval starts (ISO 8601 with offset) and resolution codes (PT15M, PT60M) are the same in
/// every language; the JSON has English keys and codes only, the same in every language.
/// </summary>
public static class ConsumptionFile
{
    private const int FlushEvery = 2000;

    public static async Task WriteCsvAsync(Stream body, string meteringPointId, IAsyncEnumerable<ExportValue> values, IStringLocalizer<ConsumptionTexts> texts, CancellationToken cancellationToken)
    {
        var words = new MeterValueCsvWords(
            texts["Csv.Header"].Value, texts["Csv.Consumption"].Value, texts["Csv.Production"].Value,
            texts["Csv.Measured"].Value, texts["Csv.Estimated"].Value, texts["Csv.Missing"].Value, texts["Csv.CustomerRead"].Value,
            CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator);
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        writer.NewLine = "\r\n";
        await writer.WriteLineAsync(words.Header);
        var count = 0;
        await foreach (var v in values.WithCancellation(cancellationToken))
        {
            await writer.WriteLineAsync(MeterValueCsvFormat.FormatLine(words, meteringPointId, v.StartUtc, v.Resolution, v.Direction, v.Wh, v.Status));
            if (++count % FlushEvery == 0)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }
    }

    public static async Task WriteJsonAsync(Stream body, string meteringPointId, IAsyncEnumerable<ExportValue> values, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(body, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteString("meteringPointId", meteringPointId);
        json.WriteString("unit", "kWh");
        json.WriteStartArray("values");
        var count = 0;
        await foreach (var v in values.WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            json.WriteString("start", OsloTime.ToOffset(v.StartUtc));
            json.WriteString("resolution", MeterValueCsvFormat.ResolutionCode(v.Resolution));
            json.WriteString("direction", v.Direction == FlowDirection.Production ? "production" : "consumption");
            json.WriteNumber("kwh", v.Wh / 1000m);
            json.WriteString("status", v.Status.ToString().ToLowerInvariant());
            json.WriteEndObject();
            if (++count % FlushEvery == 0)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }
}
