namespace BKK.Portal.Domain.Requests;

/// <summary>
/// A reading of a meter's kWh register on a day (målerstand): the total the meter has counted, which is what a customer
/// whose meter does not send values reports (issue 21, part 1). The consumption between two readings replaces the
/// estimated values of the days between them. The reading names no person: who gave it is in the audit log.
/// </summary>
public sealed class RegisterReading
{
    private RegisterReading()
    {
    }

    public RegisterReading(int meteringPointKey, DateOnly onDate, long registerKwh, RegisterReadingSource source, DateTime receivedUtc)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(registerKwh);
        MeteringPointKey = meteringPointKey;
        OnDate = onDate;
        RegisterKwh = registerKwh;
        Source = source;
        ReceivedUtc = receivedUtc;
        State = RegisterReadingState.Applied;
    }

    /// <summary>A customer's reading as <paramref name="assessment"/> judged it: applied at once when plausible, else waiting for a check.</summary>
    public static RegisterReading FromCustomer(int meteringPointKey, DateOnly onDate, long registerKwh, RegisterReadingAssessment assessment, DateTime receivedUtc) =>
        new(meteringPointKey, onDate, registerKwh, RegisterReadingSource.Customer, receivedUtc)
        {
            Check = assessment.Check,
            ConsumptionKwh = assessment.ConsumptionKwh,
            State = assessment.Check == RegisterReadingCheck.None ? RegisterReadingState.Applied : RegisterReadingState.AwaitingCheck,
        };

    public int Id { get; private set; }

    public int MeteringPointKey { get; private set; }

    /// <summary>The day the register was read. It counts the consumption of the days before this one.</summary>
    public DateOnly OnDate { get; private set; }

    /// <summary>The register, whole kWh.</summary>
    public long RegisterKwh { get; private set; }

    public RegisterReadingSource Source { get; private set; }

    /// <summary>Why the reading looked wrong when it came; <see cref="RegisterReadingCheck.None"/> when it did not.</summary>
    public RegisterReadingCheck Check { get; private set; }

    public RegisterReadingState State { get; private set; }

    /// <summary>kWh used since the reading before (over a roll-over of the register where there was one); null where it cannot be told.</summary>
    public long? ConsumptionKwh { get; private set; }

    public DateTime ReceivedUtc { get; private set; }

    /// <summary>When customer service approved or rejected it.</summary>
    public DateTime? CheckedUtc { get; private set; }

    /// <summary>Whether the reading is one the next is measured from: applied, not waiting or rejected.</summary>
    public bool Counts => State == RegisterReadingState.Applied;

    /// <summary>Customer service found the reading right after all (its consumption worked out again by the caller).</summary>
    public void Approve(long consumptionKwh, DateTime nowUtc)
    {
        EnsureWaiting();
        ConsumptionKwh = consumptionKwh;
        State = RegisterReadingState.Applied;
        CheckedUtc = nowUtc;
    }

    public void Reject(DateTime nowUtc)
    {
        EnsureWaiting();
        State = RegisterReadingState.Rejected;
        CheckedUtc = nowUtc;
    }

    private void EnsureWaiting()
    {
        if (State != RegisterReadingState.AwaitingCheck)
        {
            throw new InvalidOperationException("Only a reading waiting for a check is approved or rejected.");
        }
    }
}
