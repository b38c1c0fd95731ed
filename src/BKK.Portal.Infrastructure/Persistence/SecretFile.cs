namespace BKK.Portal.Infrastructure.Persistence;

/// <summary>A secret mounted as a file (a compose secret): its text, without the line break an editor leaves at the end.</summary>
public static class SecretFile
{
    public static string Read(string path) => File.ReadAllText(path).TrimEnd('\r', '\n');
}
