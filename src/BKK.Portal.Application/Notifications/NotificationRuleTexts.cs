namespace BKK.Portal.Application.Notifications;

/// <summary>The validation messages of the choices of messages.</summary>
public sealed class NotificationRuleTexts;
