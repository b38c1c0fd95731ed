using BKK.Portal.Application.Requests;
using SkiaSharp;

namespace BKK.Portal.Infrastructure.Requests;

/// <summary>
/// <see cref="IReadingPhotos"/> with SkiaSharp (Google's Skia, maintained, MIT): the upload is read into memory up to one
/// byte past the limit, its first bytes must be a JPEG's or a PNG's signature, Skia's codec must agree, and the header's
/// dimensions must be within <see cref="IReadingPhotos.MaxPixels"/> before a pixel is decoded. The pixels are turned as
/// the photo's orientation says, scaled to at most <see cref="MaxSide"/> on the long side, drawn on white and encoded
/// as a new JPEG, which carries none of the original's metadata.
/// </summary>
public sealed class SkiaReadingPhotos : IReadingPhotos
{
    /// <summary>The long side of the kept photo: enough to read a register's digits.</summary>
    public const int MaxSide = 2048;

    private const int Quality = 85;

    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public async Task<ReadingPhoto> ProcessAsync(Stream upload, CancellationToken cancellationToken)
    {
        var bytes = await ReadLimitedAsync(upload, cancellationToken);
        if (bytes is null)
        {
            return ReadingPhoto.Refused(ReadingPhotoProblem.TooLarge);
        }

        var span = bytes.AsSpan();
        if (!span.StartsWith(JpegSignature) && !span.StartsWith(PngSignature))
        {
            return ReadingPhoto.Refused(ReadingPhotoProblem.NotAnImage);
        }

        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat is not (SKEncodedImageFormat.Jpeg or SKEncodedImageFormat.Png))
        {
            return ReadingPhoto.Refused(ReadingPhotoProblem.NotAnImage);
        }

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width <= 0 || height <= 0 || (long)width * height > IReadingPhotos.MaxPixels)
        {
            return ReadingPhoto.Refused(ReadingPhotoProblem.TooManyPixels);
        }

        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var decoded = new SKBitmap(info);
        var result = codec.GetPixels(info, decoded.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            return ReadingPhoto.Refused(ReadingPhotoProblem.NotAnImage);
        }

        return new ReadingPhoto(Encode(decoded, codec.EncodedOrigin), null);
    }

    /// <summary>The whole upload, or null as soon as it passes <see cref="IReadingPhotos.MaxBytes"/>.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream upload, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await upload.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > IReadingPhotos.MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static byte[] Encode(SKBitmap decoded, SKEncodedOrigin origin)
    {
        var turned = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var (width, height) = turned ? (decoded.Height, decoded.Width) : (decoded.Width, decoded.Height);
        var scale = Math.Min(1f, (float)MaxSide / Math.Max(width, height));
        var target = new SKImageInfo(Math.Max(1, (int)(width * scale)), Math.Max(1, (int)(height * scale)), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(target);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        canvas.Concat(Orientation(origin, decoded.Width, decoded.Height));
        using (var image = SKImage.FromBitmap(decoded))
        {
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        }

        using var snapshot = surface.Snapshot();
        using var jpeg = snapshot.Encode(SKEncodedImageFormat.Jpeg, Quality);
        return jpeg.ToArray();
    }

    /// <summary>The matrix that draws a <paramref name="width"/> × <paramref name="height"/> image the right way up (EXIF orientation).</summary>
    private static SKMatrix Orientation(SKEncodedOrigin origin, int width, int height) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, width, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, width, 0, -1, height, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, height, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, height, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, height, -1, 0, width, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, width, 0, 0, 1),
        _ => SKMatrix.Identity,
    };
}
