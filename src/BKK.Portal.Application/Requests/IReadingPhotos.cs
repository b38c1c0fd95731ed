namespace BKK.Portal.Application.Requests;

/// <summary>Why a photo was not taken.</summary>
public enum ReadingPhotoProblem
{
    /// <summary>Neither a JPEG nor a PNG by its first bytes (whatever its name says), or not decodable.</summary>
    NotAnImage = 1,

    /// <summary>More than <see cref="IReadingPhotos.MaxBytes"/>.</summary>
    TooLarge = 2,

    /// <summary>More pixels than <see cref="IReadingPhotos.MaxPixels"/> (a decompression bomb, or simply too big to decode safely).</summary>
    TooManyPixels = 3,
}

/// <summary>A photo made safe to keep: a JPEG re-encoded from the decoded pixels, or the reason there is none.</summary>
public sealed record ReadingPhoto(byte[]? Jpeg, ReadingPhotoProblem? Problem)
{
    public static ReadingPhoto Refused(ReadingPhotoProblem problem) => new(null, problem);
}

/// <summary>
/// Takes the photo of a meter's display that a customer sends with a reading. The type is told from the bytes, the size
/// and the pixel count are checked before anything is decoded, and what is kept is re-encoded from the pixels alone, so
/// no metadata of the original (GPS position, camera, time) survives.
/// </summary>
public interface IReadingPhotos
{
    /// <summary>5 MB, the most a customer may send.</summary>
    const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>40 million pixels: more than any phone camera takes, far less than a bomb unpacks to.</summary>
    const long MaxPixels = 40_000_000;

    Task<ReadingPhoto> ProcessAsync(Stream upload, CancellationToken cancellationToken);
}
