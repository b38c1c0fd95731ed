using BKK.Portal.Domain.Invoices;

namespace BKK.Portal.Domain.Tests.Invoices;

/// <summary>The payout account: a new account waits 24 hours before a payout may go to it; it is shown masked.</summary>
public sealed class PayoutAccountTests
{
    private static readonly DateTime Changed = new(2026, 11, 29, 13, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_new_account_takes_payouts_only_after_24_hours()
    {
        var account = new PayoutAccount(1);
        account.Change(BankAccountNumber.Parse("5201 06 12349").GetValueOrThrow(), " Kari Nordmann ", Changed);

        Assert.Null(account.PayableAccount(Changed));
        Assert.Null(account.PayableAccount(Changed.AddHours(24).AddTicks(-1)));
        Assert.Equal("52010612349", account.PayableAccount(Changed.AddHours(24)));
        Assert.Equal(("Kari Nordmann", Changed.AddHours(24)), (account.HolderName, account.PayableFromUtc!.Value));
    }

    [Fact]
    public void Changing_to_another_account_holds_again_and_none_takes_no_payout_at_all()
    {
        var account = new PayoutAccount(1);
        account.Change(BankAccountNumber.Parse("52010612349").GetValueOrThrow(), "Kari Nordmann", Changed);
        account.Change(BankAccountNumber.Parse("86011117947").GetValueOrThrow(), "Ola Hansen", Changed.AddDays(3));
        Assert.Null(account.PayableAccount(Changed.AddDays(3).AddHours(23))); // the old one is not paid to either: it was replaced
        Assert.Equal("86011117947", account.PayableAccount(Changed.AddDays(4)));

        account.Change(null, "ignored", Changed.AddDays(5));
        Assert.Equal((null, null, null), (account.AccountNumber, account.HolderName, account.PayableFromUtc));
        Assert.Null(account.PayableAccount(Changed.AddDays(30)));
    }

    [Fact]
    public void An_account_needs_its_holders_name() =>
        Assert.Throws<ArgumentException>(() => new PayoutAccount(1).Change(BankAccountNumber.Parse("52010612349").GetValueOrThrow(), " ", Changed));

    [Theory]
    [InlineData("52010612349", "•••• •• •2349")]
    [InlineData("86011117947", "•••• •• •7947")]
    public void The_account_is_shown_with_its_last_four_digits(string number, string masked) => Assert.Equal(masked, PayoutAccount.Mask(number));

    [Theory]
    [InlineData("Kari Nordmann", "K*** N*******")]
    [InlineData("Bakke Bakeri AS", "B**** B***** A*")]
    [InlineData("Å", "Å")]
    public void The_holders_name_is_shown_as_initials_and_lengths(string name, string masked) => Assert.Equal(masked, PayoutAccount.MaskName(name));
}
