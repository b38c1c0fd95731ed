using BKK.Portal.Application.Privacy;
namespace BKK.Portal.Application.Retention;

/// <summary>
/// When a record may go under a retention rule of the catalogue (used by <see cref="RetentionJob"/>).
/// Nothing goes while the relationship lasts or while it is
/// held (an open debt collection case). A rule with years keeps the record for that many whole
/// financial years after the year the relationship ended (or the record's own date, if later), as
/// the Bookkeeping Act counts them; a rule without years ("deleted continuously") lets it go the day
/// after the relationship ended.
/// </summary>
public static class RetentionPolicy
{
    /// <returns>The first day the record may be deleted or anonymised; null while it must stay.</returns>
    public static DateOnly? DeletableFrom(RetentionRule rule, DateOnly? relationshipEnded, DateOnly recordDate, bool held)
    {
        if (held || relationshipEnded is not { } ended)
        {
            return null;
        }

        if (rule.YearsAfterRelationshipEnds is not { } years)
        {
            return ended.AddDays(1);
        }

        var from = ended > recordDate ? ended : recordDate;
        return new DateOnly(from.Year + years + 1, 1, 1);
    }

    public static bool MayDelete(RetentionRule rule, DateOnly? relationshipEnded, DateOnly recordDate, bool held, DateOnly today) =>
        DeletableFrom(rule, relationshipEnded, recordDate, held) is { } from && today >= from;
}
