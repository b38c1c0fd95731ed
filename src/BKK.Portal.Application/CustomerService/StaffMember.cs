namespace BKK.Portal.Application.CustomerService;

/// <summary>
/// A logged-in member of customer service: their subject and name (for the access log), whether they lead the team,
/// whether they may publish driftsmeldinger (a team lead, or the operations centre's role), and whether they are
/// customer service (an agent or a team lead): only customer service finds and reads customers, works inquiries and
/// chats; the operations centre publishes notices only.
/// </summary>
public sealed record StaffMember(string Subject, string Name, bool IsLead, bool MayPublishNotices = false, bool IsCustomerService = true);
