using BKK.Portal.Domain.Inquiries;

namespace BKK.Portal.Application.Inquiries;

public sealed record InquirySummary(int Id, InquiryTopic Topic, InquiryStatus Status, DateTime CreatedUtc, DateTime LastUtc, string FirstLine);
