namespace BKK.Portal.Application.CustomerService;

/// <summary>
/// The <c>Staff</c> section: how a login is known as customer service, and how long an opening of a customer lasts.
/// The claim and its values are configurable: the development provider sends <c>role</c>; Entra ID app roles come as <c>roles</c>.
/// </summary>
public sealed class StaffOptions
{
    public const string SectionName = "Staff";

    /// <summary>The shortest reason for opening a customer that is not an inquiry or a chat being handled.</summary>
    public const int MinimumReasonLength = 15;

    public const int MaximumReasonLength = 500;

    /// <summary>The token claim that carries the role.</summary>
    public string RoleClaim { get; set; } = "role";

    /// <summary>The value of a customer service agent.</summary>
    public string AgentRole { get; set; } = "kundeservice";

    /// <summary>The value of a team lead: an agent who also sees the access log.</summary>
    public string LeadRole { get; set; } = "teamleder";

    /// <summary>The value of the operations centre (driftssentralen): staff who publish driftsmeldinger, as a team lead may.</summary>
    public string OperationsRole { get; set; } = "driftssentral";

    /// <summary>How long an opening of a customer lasts; after it, a new reason is needed.</summary>
    public TimeSpan AccessWindow { get; set; } = TimeSpan.FromMinutes(30);

    public void EnsureValid()
    {
        if (string.IsNullOrWhiteSpace(RoleClaim) || string.IsNullOrWhiteSpace(AgentRole) || string.IsNullOrWhiteSpace(LeadRole) || string.IsNullOrWhiteSpace(OperationsRole))
        {
            throw new InvalidOperationException("Staff: RoleClaim, AgentRole, LeadRole and OperationsRole must all be set.");
        }

        if (AccessWindow <= TimeSpan.Zero || AccessWindow > TimeSpan.FromHours(8))
        {
            throw new InvalidOperationException("Staff:AccessWindow must be more than zero and at most 8 hours.");
        }
    }
}
