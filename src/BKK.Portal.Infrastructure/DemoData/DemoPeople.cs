namespace BKK.Portal.Infrastructure.DemoData;

/// <summary>
/// The synthetic people of the demo data. Their subjects are the users of the development
/// identity provider (BKK.Portal.DevIdentity); a test keeps the two lists in step.
/// </summary>
public static class DemoPeople
{
    public const string Kari = "demo-kari";
    public const string Ola = "demo-ola";
    public const string Ingrid = "demo-ingrid";
    public const string Per = "demo-per";

    public static IReadOnlyList<string> Subjects { get; } = [Kari, Ola, Ingrid, Per];
}
