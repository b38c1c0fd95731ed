namespace BKK.Portal.Domain.Notifications;

public enum NotificationChannel
{
    Sms = 1,
    Email = 2,
}
