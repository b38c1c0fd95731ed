namespace BKK.Portal.Domain.Requests;

/// <summary>Why a reading looks wrong.</summary>
public enum RegisterReadingCheck
{
    None = 0,

    /// <summary>Lower than the reading before, and a roll-over of the register does not explain it.</summary>
    LowerThanLast = 1,

    /// <summary>Far more than the days' expected consumption.</summary>
    FarAboveExpected = 2,

    /// <summary>Less than the values the meter itself measured in those days.</summary>
    BelowMeasured = 3,
}
