namespace BKK.Portal.Web.Pages.Account;

/// <summary>The texts of the logout, logged-out and login-failed pages.</summary>
public sealed class AccountTexts;
