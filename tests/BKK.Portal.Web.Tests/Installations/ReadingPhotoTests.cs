using System.Globalization;
using System.Net;
using BKK.Portal.Application.Requests;
using BKK.Portal.Domain.Common;
using BKK.Portal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace BKK.Portal.Web.Tests.Installations;

/// <summary>
/// The photo sent with a reading: the type told from the bytes, the size and the pixels checked before anything is
/// decoded, and what is kept re-encoded without the original's metadata. Every refusal is a message at the field, never a 500.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ReadingPhotoTests(PortalFactory factory)
{
    public static TheoryData<string, string, string, string> Refused => new()
    {
        { "not-an-image", "maaler.jpg", "image/jpeg", "JPEG- eller PNG-bilde" },
        { "too-large", "maaler.jpg", "image/jpeg", "høyst 5 MB" },
        { "bomb", "maaler.png", "image/png", "for mange piksler" },
        { "gif", "maaler.gif", "image/gif", "JPEG- eller PNG-bilde" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_file_that_is_not_a_safe_photo_is_refused_at_its_field_and_no_reading_is_stored(string kind, string name, string type, string message)
    {
        var cabin = await CabinMeter.ReadAsync(factory);
        using var kari = await CabinMeter.KariAsync(factory);
        var bytes = kind switch
        {
            "not-an-image" => "målerstand: 012345\n"u8.ToArray(),
            "too-large" => [.. TestImages.Jpeg(), .. new byte[IReadingPhotos.MaxBytes + 1 - TestImages.Jpeg().Length]], // a real JPEG, padded to 5 MB + 1 byte
            "bomb" => TestImages.DecompressionBomb(),
            _ => "GIF89a\u0001\0\u0001\0"u8.ToArray(),
        };
        Assert.True(kind != "too-large" || bytes.Length == IReadingPhotos.MaxBytes + 1);

        var response = await MeterReadingTests.PostAsync(
            kari, await kari.GetPageAsync("/anlegg/avlesning"), cabin, (cabin.LastKwh + 3).ToString(CultureInfo.InvariantCulture), OsloTime.Today(TimeProvider.System), photo: (name, type, bytes));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector("#Input_Photo-feil")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-testid=form-errors] a[href='#Input_Photo']"));
        Assert.Equal("true", page.QuerySelector("#Input_Photo")!.GetAttribute("aria-invalid"));
        await PortalDatabase.ChangeAsync(factory, async db => Assert.Equal(1, await db.RegisterReadings.CountAsync(r => r.MeteringPointKey == cabin.Key)));
    }

    [Fact]
    public async Task A_photo_with_a_gps_position_is_stored_without_it_re_encoded_as_jpeg_and_shown_to_the_customer_alone()
    {
        var cabin = await CabinMeter.ReadAsync(factory);
        await using var keep = await cabin.KeepAsync(factory);
        using var kari = await CabinMeter.KariAsync(factory);
        var original = TestImages.JpegWithGps();
        Assert.True(TestImages.Contains(original, TestImages.GpsMarker));
        using (var codec = SKCodec.Create(new MemoryStream(original)))
        {
            Assert.NotNull(codec); // a valid JPEG with its EXIF
        }

        var response = await MeterReadingTests.PostAsync(
            kari, await kari.GetPageAsync("/anlegg/avlesning"), cabin, (cabin.LastKwh + 3).ToString(CultureInfo.InvariantCulture), OsloTime.Today(TimeProvider.System),
            photo: ("IMG_2041.jpg", "image/jpeg", original));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var stored = await StoredPhotoAsync(cabin);
        Assert.False(TestImages.Contains(stored.Jpeg, TestImages.GpsMarker));
        Assert.False(TestImages.Contains(stored.Jpeg, [0xFF, 0xE1])); // no APP1 segment at all (EXIF or XMP)
        Assert.NotEqual(original, stored.Jpeg);
        using (var codec = SKCodec.Create(new MemoryStream(stored.Jpeg)))
        {
            Assert.Equal((SKEncodedImageFormat.Jpeg, 640, 480), (codec.EncodedFormat, codec.Info.Width, codec.Info.Height));
        }

        // Kari sees it, from her list; Ola and customer service (the reading waits for no check) do not.
        var list = await kari.GetPageAsync("/anlegg/avlesning");
        var link = list.QuerySelector("[data-testid=reading-photo]")!.GetAttribute("href")!;
        var served = await kari.Http.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/jpeg", served.Content.Headers.ContentType!.MediaType);
        Assert.Contains("no-store", served.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal(stored.Jpeg, await served.Content.ReadAsByteArrayAsync());

        using var ola = factory.CreatePortalClient();
        await ola.LoginAsync("ola");
        Assert.Equal(HttpStatusCode.NotFound, (await ola.Http.GetAsync(link)).StatusCode);
        using var staff = factory.CreatePortalClient();
        await staff.LoginAsync("kundeservice1");
        Assert.Equal(HttpStatusCode.NotFound, (await staff.Http.GetAsync($"/kundeservice/foresporsler/photo?id={stored.ReadingId}")).StatusCode);

        // Mine data has the photo as kept, beside the readings.
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(await kari.Http.GetByteArrayAsync("/mine-data/zip")));
        using var photo = new MemoryStream();
        await zip.GetEntry($"avlesninger/{stored.ReadingId}.jpg")!.Open().CopyToAsync(photo);
        Assert.Equal(stored.Jpeg, photo.ToArray());
        Assert.NotNull(zip.GetEntry("avlesninger.json"));
    }

    [Fact]
    public async Task A_png_named_jpg_is_taken_for_what_its_bytes_are_and_kept_as_jpeg()
    {
        var cabin = await CabinMeter.ReadAsync(factory);
        await using var keep = await cabin.KeepAsync(factory);
        using var kari = await CabinMeter.KariAsync(factory);
        var png = TestImages.Png(800, 600);

        var response = await MeterReadingTests.PostAsync(
            kari, await kari.GetPageAsync("/anlegg/avlesning"), cabin, (cabin.LastKwh + 3).ToString(CultureInfo.InvariantCulture), OsloTime.Today(TimeProvider.System),
            photo: ("maaler.jpg", "image/jpeg", png));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await StoredPhotoAsync(cabin);
        Assert.Equal([0xFF, 0xD8, 0xFF], stored.Jpeg[..3]);
        using var codec = SKCodec.Create(new MemoryStream(stored.Jpeg));
        Assert.Equal((800, 600), (codec.Info.Width, codec.Info.Height));
    }

    [Fact]
    public async Task A_body_far_over_the_limit_is_refused_by_the_server_without_a_500()
    {
        var cabin = await CabinMeter.ReadAsync(factory);
        using var kari = await CabinMeter.KariAsync(factory);
        var response = await MeterReadingTests.PostAsync(
            kari, await kari.GetPageAsync("/anlegg/avlesning"), cabin, (cabin.LastKwh + 3).ToString(CultureInfo.InvariantCulture), OsloTime.Today(TimeProvider.System),
            photo: ("maaler.jpg", "image/jpeg", new byte[3 * IReadingPhotos.MaxBytes]));
        Assert.True(response.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, $"{response.StatusCode}");
        await PortalDatabase.ChangeAsync(factory, async db => Assert.Equal(1, await db.RegisterReadings.CountAsync(r => r.MeteringPointKey == cabin.Key)));
    }

    private async Task<(int ReadingId, byte[] Jpeg)> StoredPhotoAsync(CabinMeter cabin)
    {
        (int, byte[]) result = default;
        await PortalDatabase.ChangeAsync(factory, async db =>
        {
            var reading = await db.RegisterReadings.AsNoTracking().Where(r => r.MeteringPointKey == cabin.Key).OrderByDescending(r => r.Id).FirstAsync();
            result = (reading.Id, (await db.RegisterReadingPhotos.AsNoTracking().SingleAsync(p => p.RegisterReadingId == reading.Id)).Jpeg);
        });
        return result;
    }
}
