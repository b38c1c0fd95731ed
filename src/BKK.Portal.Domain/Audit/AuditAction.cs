namespace BKK.Portal.Domain.Audit;

public enum AuditAction
{
    ContactDataChanged = 1,
    AccessGranted = 2,
    AccessRevoked = 3,
    InquirySent = 4,
    InquiryMessageAdded = 5,
    InquiryReopened = 6,
    NotificationsChanged = 7,
    ApiTokenCreated = 8,
    ApiTokenRevoked = 9,
    HanPortRequested = 10,
    HanPortChanged = 11,
    MoveOutReported = 12,
    RegisterReadingReported = 13,
    RegisterReadingChecked = 14,
    PayoutAccountChanged = 15,
}
