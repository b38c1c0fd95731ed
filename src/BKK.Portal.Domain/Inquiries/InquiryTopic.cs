namespace BKK.Portal.Domain.Inquiries;

public enum InquiryTopic
{
    Invoice = 1,
    Consumption = 2,
    Meter = 3,
    MovingInOrOut = 4,
    PowerOutage = 5,
    Connection = 6,
    Other = 7,
}
