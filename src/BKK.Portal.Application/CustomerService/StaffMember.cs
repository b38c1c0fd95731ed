namespace BKK.Portal.Application.CustomerService;

/// <summary>A logged-in member of customer service: their subject and name (for the access log) and whether they lead the team.</summary>
public sealed record StaffMember(string Subject, string Name, bool IsLead);
