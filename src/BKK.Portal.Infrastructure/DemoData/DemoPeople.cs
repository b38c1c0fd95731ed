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

    /// <summary>Nils Berg, a customer until he moved out (no login): what the retention job finds to delete.</summary>
    public const string FormerCustomer = "demo-nils";

    public static readonly DateOnly FormerCustomerMovedOut = new(2019, 6, 30);

    /// <summary>A member of customer service (a user of the development provider with the staff role, not a customer).</summary>
    public const string StaffAgent = "staff-kundeservice1";

    public const string StaffAgentName = "Silje Kundeservice";

    /// <summary>The people who can log in.</summary>
    public static IReadOnlyList<string> Subjects { get; } = [Kari, Ola, Ingrid, Per];
}
