using BKK.Portal.Application.Access;
using BKK.Portal.Domain.Notices;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Localization;

namespace BKK.Portal.Application.Notices;

/// <summary>A notice in the staff list: what, where it stands, when, and how many parts its area has.</summary>
public sealed record NoticeRow(int Id, NoticeKind Kind, NoticeStatus Status, DateTime StartUtc, DateTime? ExpectedEndUtc, string Text, int AreaParts, DateTime UpdatedUtc);

/// <summary>
/// Driftsmeldinger made, updated and closed by a team lead or the operations centre. Making one and closing one
/// write their messages in the same save (<see cref="NoticeMessages"/>); updates in between change the page and
/// the banners only.
/// </summary>
public sealed class NoticeService(
    IPortalDbContext db, ICurrentUser user, TimeProvider clock, IValidator<NoticeForm> validator, NoticeMessages messages, IStringLocalizer<NoticeRuleTexts> texts)
{
    public const int ListSize = 100;

    private CustomerService.StaffMember Publisher =>
        user.Staff is { MayPublishNotices: true } staff ? staff : throw new InvalidOperationException("Only a team lead or the operations centre publishes driftsmeldinger.");

    /// <summary>The open notices first (by start), then the latest closed ones.</summary>
    public async Task<IReadOnlyList<NoticeRow>> ListAsync(CancellationToken cancellationToken)
    {
        _ = Publisher;
        var rows = await db.OperationalNotices
            .OrderBy(n => n.Status == NoticeStatus.Solved || n.Status == NoticeStatus.Done)
            .ThenByDescending(n => n.UpdatedUtc)
            .Take(ListSize)
            .Select(n => new { n.Id, n.Kind, n.Status, n.StartUtc, n.ExpectedEndUtc, n.TextBokmal, n.TextNynorsk, n.TextEnglish, Parts = n.Areas.Count, n.UpdatedUtc })
            .ToListAsync(cancellationToken);
        var language = Languages.Current;
        return rows.Select(n => new NoticeRow(n.Id, n.Kind, n.Status, n.StartUtc, n.ExpectedEndUtc,
            language switch { Language.Nynorsk => n.TextNynorsk, Language.English => n.TextEnglish, _ => n.TextBokmal }, n.Parts, n.UpdatedUtc)).ToList();
    }

    public async Task<OperationalNotice?> GetAsync(int id, CancellationToken cancellationToken)
    {
        _ = Publisher;
        return await db.OperationalNotices.Include(n => n.Areas).AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
    }

    /// <returns>The outcome, and the new notice's id when it was made.</returns>
    public async Task<(ValidationResult Result, int? Id)> CreateAsync(NoticeForm form, CancellationToken cancellationToken)
    {
        var staff = Publisher;
        form.Status = null;
        var result = await validator.ValidateAsync(form, cancellationToken);
        if (!result.IsValid)
        {
            return (result, null);
        }

        var notice = new OperationalNotice(
            form.Kind, OsloTime.FromLocal(form.Start!.Value), form.ExpectedEnd is { } end ? OsloTime.FromLocal(end) : null,
            form.TextBokmal!, form.TextNynorsk!, form.TextEnglish!, form.Areas(), staff.Name, clock.GetUtcNow().UtcDateTime);
        await messages.SaveAsync(notice, isNew: true, closed: false, cancellationToken);
        return (result, notice.Id);
    }

    /// <returns>Null when there is no such notice; else the outcome.</returns>
    public async Task<ValidationResult?> UpdateAsync(int id, NoticeForm form, CancellationToken cancellationToken)
    {
        _ = Publisher;
        var notice = await db.OperationalNotices.Include(n => n.Areas).SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (notice is null)
        {
            return null;
        }

        form.Kind = notice.Kind;
        form.Status ??= notice.Status;
        var result = await validator.ValidateAsync(form, cancellationToken);
        if (notice.IsClosed)
        {
            result.Errors.Add(new ValidationFailure(nameof(NoticeForm.Status), texts["Error.Closed"]));
        }
        else if (!notice.MayBecome(form.Status.Value))
        {
            result.Errors.Add(new ValidationFailure(nameof(NoticeForm.Status), texts["Error.Status"]));
        }

        if (!result.IsValid)
        {
            return result;
        }

        var closed = notice.Update(
            form.Status.Value, OsloTime.FromLocal(form.Start!.Value), form.ExpectedEnd is { } end ? OsloTime.FromLocal(end) : null,
            form.TextBokmal!, form.TextNynorsk!, form.TextEnglish!, clock.GetUtcNow().UtcDateTime);
        await messages.SaveAsync(notice, isNew: false, closed, cancellationToken);
        return result;
    }
}
