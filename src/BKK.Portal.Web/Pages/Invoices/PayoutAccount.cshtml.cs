using BKK.Portal.Application.Invoices;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace BKK.Portal.Web.Pages.Invoices;

/// <summary>
/// Utbetalingskonto: where money owed to the customer is paid. The holder changes it on a fresh login; an older login
/// is sent to the provider to log in again (prompt=login), and back here.
/// </summary>
public sealed class PayoutAccountModel(CurrentRelationship current, PayoutAccountService service, TimeProvider clock) : PageModel
{
    public const string Path = "/utbetalingskonto";

    [BindProperty]
    public ChangePayoutAccount Input { get; set; } = new();

    public PayoutAccountView? Account { get; private set; }

    public bool MayChange { get; private set; }

    public bool FreshLogin { get; private set; }

    public bool LimitedAccess { get; private set; }

    [FromQuery(Name = "lagret")]
    public string? Saved { get; set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var change = await service.ChangeAsync(await current.GetAsync(cancellationToken), Input, Authentication.FreshLogin.AuthenticatedAt(User), cancellationToken);
        if (change.NeedsFreshLogin)
        {
            return LoginAgain(); // what was typed is typed again after the login: nothing half-done waits meanwhile
        }

        if (change.Result.IsValid)
        {
            return Redirect(Path + "?lagret=1");
        }

        this.Refuse(change.Result);
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Log in again now (a POST: a GET changes nothing), then back here.</summary>
    public IActionResult OnPostLoginAgain() => LoginAgain();

    private ChallengeResult LoginAgain() =>
        Challenge(Authentication.FreshLogin.Challenge(Path, clock.GetUtcNow()), OpenIdConnectDefaults.AuthenticationScheme);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var relationship = await current.GetAsync(cancellationToken);
        LimitedAccess = !relationship.CoversAccountData;
        if (LimitedAccess)
        {
            return;
        }

        Account = await service.GetAsync(relationship, cancellationToken);
        MayChange = PayoutAccountService.MayChange(relationship);
        FreshLogin = service.IsFresh(Authentication.FreshLogin.AuthenticatedAt(User));
        Input.Choice ??= Account.MaskedAccount is null && Account.ChangedUtc is not null ? ChangePayoutAccount.NoneChoice : ChangePayoutAccount.AccountChoice;
    }
}
