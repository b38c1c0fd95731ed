namespace BKK.Portal.Domain.CustomerService;

/// <summary>Why customer service opened a customer: the case they handle, or a reason written out.</summary>
public enum StaffAccessReason
{
    /// <summary>An inquiry of this relationship that the staff member has taken.</summary>
    Inquiry = 1,

    /// <summary>A live chat with this customer that the staff member has taken.</summary>
    Chat = 2,

    /// <summary>A reason written out, at least <see cref="StaffAccess.MinimumReasonLength"/> characters.</summary>
    Written = 3,
}
