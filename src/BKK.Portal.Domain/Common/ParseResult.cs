namespace BKK.Portal.Domain.Common;

/// <summary>
/// The outcome of parsing an identifier at the edge: the value, or a Norwegian message
/// that can be shown next to the field the customer typed it in.
/// </summary>
public readonly record struct ParseResult<T>(T? Value, string? Error)
    where T : class
{
    public bool IsValid => Value is not null;

    public static ParseResult<T> Ok(T value) => new(value, null);

    public static ParseResult<T> Fail(string error) => new(null, error);

    public T GetValueOrThrow() => Value ?? throw new InvalidIdentifierException(Error ?? "Ugyldig verdi.");
}
