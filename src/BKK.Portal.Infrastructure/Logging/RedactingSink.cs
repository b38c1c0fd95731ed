using Serilog.Core;
using Serilog.Events;

namespace BKK.Portal.Infrastructure.Logging;

/// <summary>
/// Wraps the real sinks: every string in an event (its properties, and the exception text)
/// passes <see cref="PersonalDataRedactor"/> before it is written anywhere.
/// </summary>
public sealed class RedactingSink(ILogEventSink inner) : ILogEventSink, IDisposable
{
    public void Emit(LogEvent logEvent)
    {
        var properties = logEvent.Properties.Select(p => new LogEventProperty(
            p.Key,
            p.Key == "RequestPath" && p.Value is ScalarValue { Value: string path }
                ? new ScalarValue(PersonalDataRedactor.RedactPath(path))
                : Redact(p.Value)));
        var exception = logEvent.Exception is null ? null : new RedactedException(logEvent.Exception);
        inner.Emit(new LogEvent(logEvent.Timestamp, logEvent.Level, exception, logEvent.MessageTemplate, properties));
    }

    public void Dispose() => (inner as IDisposable)?.Dispose();

    private static LogEventPropertyValue Redact(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string s } => new ScalarValue(PersonalDataRedactor.Redact(s)),
        ScalarValue { Value: Uri or System.Net.IPAddress or System.Net.EndPoint } scalar =>
            new ScalarValue(PersonalDataRedactor.Redact(scalar.Value!.ToString()!)),
        SequenceValue sequence => new SequenceValue(sequence.Elements.Select(Redact)),
        StructureValue structure => new StructureValue(
            structure.Properties.Select(p => new LogEventProperty(p.Name, Redact(p.Value))), structure.TypeTag),
        DictionaryValue dictionary => new DictionaryValue(
            dictionary.Elements.Select(e => new KeyValuePair<ScalarValue, LogEventPropertyValue>(e.Key, Redact(e.Value)))),
        _ => value,
    };

    /// <summary>Carries an exception's text, redacted, to the sinks that print it.</summary>
    private sealed class RedactedException(Exception original) : Exception(PersonalDataRedactor.Redact(original.Message))
    {
        private readonly string _text = PersonalDataRedactor.Redact(original.ToString());

        public override string ToString() => _text;
    }
}
