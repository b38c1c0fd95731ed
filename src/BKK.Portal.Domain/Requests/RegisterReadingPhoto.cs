namespace BKK.Portal.Domain.Requests;

/// <summary>The photo of the display a customer sent with a reading, re-encoded as JPEG without its metadata.</summary>
public sealed class RegisterReadingPhoto
{
    private RegisterReadingPhoto()
    {
        Jpeg = [];
    }

    public RegisterReadingPhoto(int registerReadingId, byte[] jpeg)
    {
        RegisterReadingId = registerReadingId;
        Jpeg = jpeg;
    }

    public int Id { get; private set; }

    public int RegisterReadingId { get; private set; }

    public byte[] Jpeg { get; private set; }
}
