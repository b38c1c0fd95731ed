namespace BKK.Portal.Domain.Requests;

/// <summary>Where a reading stands.</summary>
public enum RegisterReadingState
{
    /// <summary>The estimated values of its period were replaced by it.</summary>
    Applied = 1,

    /// <summary>Implausible (<see cref="RegisterReadingCheck"/>): the customer confirmed it, and customer service checks it before it counts.</summary>
    AwaitingCheck = 2,

    /// <summary>Customer service found it wrong: it does not count.</summary>
    Rejected = 3,
}
