namespace BKK.Portal.Domain.Inquiries;

public enum InquiryStatus
{
    Received = 1,
    InProgress = 2,
    Answered = 3,
    Closed = 4,
}
