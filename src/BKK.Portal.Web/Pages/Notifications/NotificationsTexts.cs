namespace BKK.Portal.Web.Pages.Notifications;

/// <summary>The texts of the Varsler page and the unsubscribe page.</summary>
public sealed class NotificationsTexts;
