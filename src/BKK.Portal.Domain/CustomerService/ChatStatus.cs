namespace BKK.Portal.Domain.CustomerService;

public enum ChatStatus
{
    /// <summary>The customer waits for someone in customer service.</summary>
    Waiting = 1,

    /// <summary>A staff member has taken it; both write.</summary>
    Active = 2,

    /// <summary>Either side ended it (or the customer left); its transcript is in the inquiry log.</summary>
    Ended = 3,
}
