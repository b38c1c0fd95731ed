namespace BKK.Portal.Domain.Invoices;

/// <summary>
/// Where money the customer has to their credit ("til gode": strømstøtte and Norgespris make it often) is paid: a
/// Norwegian account number and its holder's name, or none (then the credit waits for the next invoice). A new account
/// is a fraud target, so a payout may go to it only after <see cref="Hold"/>; while it holds, the owner has time to
/// see the message about the change and stop it.
/// </summary>
public sealed class PayoutAccount
{
    /// <summary>How long a new account waits before a payout may go to it.</summary>
    public static readonly TimeSpan Hold = TimeSpan.FromHours(24);

    public const int MaximumHolderNameLength = 100;

    private PayoutAccount()
    {
    }

    public PayoutAccount(int customerRelationshipId) => CustomerRelationshipId = customerRelationshipId;

    public int Id { get; private set; }

    public int CustomerRelationshipId { get; private set; }

    /// <summary>The 11 digits; null when the customer wants no payouts.</summary>
    public string? AccountNumber { get; private set; }

    /// <summary>The name of the account's holder, as the customer typed it.</summary>
    public string? HolderName { get; private set; }

    public DateTime ChangedUtc { get; private set; }

    /// <summary>From when a payout may go to the account; null when there is none.</summary>
    public DateTime? PayableFromUtc { get; private set; }

    /// <summary>A new account (or none): a new account is payable after the hold, none at once.</summary>
    public void Change(BankAccountNumber? account, string? holderName, DateTime nowUtc)
    {
        if (account is not null && string.IsNullOrWhiteSpace(holderName))
        {
            throw new ArgumentException("An account has a holder.", nameof(holderName));
        }

        AccountNumber = account?.Value;
        HolderName = account is null ? null : holderName!.Trim();
        ChangedUtc = nowUtc;
        PayableFromUtc = account is null ? null : nowUtc + Hold;
    }

    /// <summary>The account a payout may go to now: none while the hold lasts.</summary>
    public string? PayableAccount(DateTime nowUtc) => PayableFromUtc is { } from && nowUtc >= from ? AccountNumber : null;

    /// <summary>"•••• •• •2349": enough for the owner to know it, too little to copy.</summary>
    public static string Mask(string accountNumber) => $"•••• •• •{accountNumber[^4..]}";

    /// <summary>"K*** N******": the initials and the length of each name.</summary>
    public static string MaskName(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(part => part[..1] + new string('*', part.Length - 1)));
}
