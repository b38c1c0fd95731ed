namespace BKK.Portal.Domain.Inquiries;

public enum InquiryStatus
{
    Received = 1,
    InProgress = 2,
    Answered = 3,
    Closed = 4,

    /// <summary>Customer service asked the customer for more and waits for it.</summary>
    WaitingForCustomer = 5,
}
