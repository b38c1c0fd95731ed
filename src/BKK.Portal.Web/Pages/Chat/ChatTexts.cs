namespace BKK.Portal.Web.Pages.Chat;

/// <summary>The texts of the Chat med kundeservice page.</summary>
public sealed class ChatTexts;
