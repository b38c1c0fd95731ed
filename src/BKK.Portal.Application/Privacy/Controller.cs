namespace BKK.Portal.Application.Privacy;

public sealed record Controller(string Name, string OrganisationNumber, string Address, string Email, string Phone, string DataProtectionOfficerEmail);
