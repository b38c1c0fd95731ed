namespace BKK.Portal.Application.Access;

/// <summary>Who is logged in and which relationship they have chosen; filled by the web layer.</summary>
public interface ICurrentUser
{
    /// <summary>The OpenID Connect subject, or null when nobody is logged in.</summary>
    string? Subject { get; }

    /// <summary>The relationship chosen in the switcher, if any.</summary>
    CustomerNumber? SelectedCustomerNumber { get; }

    /// <summary>The member of customer service who is logged in, or null for a customer (and for nobody).</summary>
    CustomerService.StaffMember? Staff { get; }
}
