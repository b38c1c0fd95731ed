namespace BKK.Portal.Application.Invoices;

/// <summary>The payout account form: an account with its holder's name, or none.</summary>
public sealed class ChangePayoutAccount
{
    public const string AccountChoice = "konto";

    public const string NoneChoice = "ingen";

    /// <summary><see cref="AccountChoice"/> or <see cref="NoneChoice"/>.</summary>
    public string? Choice { get; set; }

    /// <summary>11 digits, with spaces or dots as the customer writes them.</summary>
    public string? AccountNumber { get; set; }

    public string? HolderName { get; set; }

    public bool GivesAccount => Choice == AccountChoice;
}
