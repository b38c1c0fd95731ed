using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace BKK.Portal.Tests.Shared;

/// <summary>Images for the upload tests, made here: a photo of a meter, one with a GPS position in its EXIF, a PNG and a decompression bomb.</summary>
public static class TestImages
{
    /// <summary>The start of an EXIF segment's data, which <see cref="JpegWithGps"/> has and a photo stripped of its metadata has not.</summary>
    public static readonly byte[] GpsMarker = Encoding.ASCII.GetBytes("Exif\0\0");

    /// <summary>A small picture of a register display, as JPEG.</summary>
    public static byte[] Jpeg(int width = 640, int height = 480) => Encode(width, height, SKEncodedImageFormat.Jpeg);

    public static byte[] Png(int width = 640, int height = 480) => Encode(width, height, SKEncodedImageFormat.Png);

    /// <summary>
    /// A JPEG with an APP1 EXIF segment right after its start marker whose GPS IFD says 60° 23′ 0″ N: what a phone writes
    /// into a photo taken at the cabin.
    /// </summary>
    public static byte[] JpegWithGps()
    {
        var jpeg = Jpeg();
        var tiff = new byte[80];
        "MM"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(2), 42);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(4), 8);
        // IFD0: one entry, GPSInfo (0x8825, LONG) pointing at the GPS IFD at 26; no next IFD.
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(8), 1);
        Entry(tiff, 10, 0x8825, 4, 1, 26);
        // GPS IFD: GPSLatitudeRef "N", GPSLatitude three rationals at 56.
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(26), 2);
        Entry(tiff, 28, 0x0001, 2, 2, 0x4E000000);
        Entry(tiff, 40, 0x0002, 5, 3, 56);
        uint[] rationals = [60, 1, 23, 1, 0, 1];
        for (var i = 0; i < rationals.Length; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(56 + (i * 4)), rationals[i]);
        }

        var app1 = new List<byte> { 0xFF, 0xE1, 0, 0 };
        app1.AddRange(GpsMarker);
        app1.AddRange(tiff);
        BinaryPrimitives.WriteUInt16BigEndian(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(app1)[2..], (ushort)(app1.Count - 2));
        return [.. jpeg[..2], .. app1, .. jpeg[2..]];
    }

    /// <summary>
    /// A PNG whose header says 20,000 × 20,000 pixels (400 million, 1.6 GB decoded as RGBA) and whose data is a few
    /// dozen kilobytes of compressed zeros: a decompression bomb.
    /// </summary>
    public static byte[] DecompressionBomb(int side = 20_000)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)side);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)side);
        header[8] = 1; // one bit per pixel, greyscale
        Chunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            {
                var row = new byte[1 + ((side + 7) / 8)];
                for (var y = 0; y < side; y++)
                {
                    zlib.Write(row);
                }
            }

            Chunk(png, "IDAT", compressed.ToArray());
        }

        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>Whether <paramref name="bytes"/> contain <paramref name="part"/>.</summary>
    public static bool Contains(byte[] bytes, byte[] part) => bytes.AsSpan().IndexOf(part) >= 0;

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        surface.Canvas.Clear(SKColors.LightGray);
        using (var paint = new SKPaint { Color = SKColors.Black })
        {
            for (var digit = 0; digit < 6; digit++)
            {
                surface.Canvas.DrawRect(40 + (digit * 90), height / 3, 70, height / 3, paint);
            }
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    private static void Entry(byte[] tiff, int at, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(at), tag);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(at + 2), type);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(at + 4), count);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(at + 8), value);
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
