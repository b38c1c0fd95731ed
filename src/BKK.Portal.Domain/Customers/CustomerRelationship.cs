using BKK.Portal.Domain.Meters;

namespace BKK.Portal.Domain.Customers;

/// <summary>A customer relationship (kundeforhold): the contract for one or more metering points.</summary>
public sealed class CustomerRelationship
{
    private readonly List<MeteringPoint> _meteringPoints = [];

    private CustomerRelationship()
    {
        CustomerNumber = null!;
        HolderName = string.Empty;
    }

    public CustomerRelationship(
        CustomerNumber customerNumber,
        string holderName,
        CustomerType customerType,
        TariffType tariffType,
        DateOnly startDate,
        OrganisationNumber? organisationNumber = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(holderName);
        if (customerType == CustomerType.Business && organisationNumber is null)
        {
            throw new ArgumentException("A business customer needs an organisation number.", nameof(organisationNumber));
        }

        CustomerNumber = customerNumber;
        HolderName = holderName;
        CustomerType = customerType;
        TariffType = tariffType;
        StartDate = startDate;
        OrganisationNumber = organisationNumber;
    }

    public int Id { get; private set; }

    public CustomerNumber CustomerNumber { get; private set; }

    /// <summary>The name of the customer: a person's or a company's.</summary>
    public string HolderName { get; private set; }

    public CustomerType CustomerType { get; private set; }

    public OrganisationNumber? OrganisationNumber { get; private set; }

    public TariffType TariffType { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly? EndDate { get; private set; }

    /// <summary>Gjennomfakturering: the power supplier sends the grid invoice and collects it.</summary>
    public bool InvoicedThroughSupplier { get; private set; }

    public void InvoiceThroughSupplier() => InvoicedThroughSupplier = true;

    /// <summary>The first day of the month from which the customer has Norgespris instead of strømstøtte; null when not chosen.</summary>
    public DateOnly? NorgesprisFrom { get; private set; }

    /// <summary>Norgespris from the first of a month on (the grid company bills it from a month's start).</summary>
    public void ChooseNorgespris(DateOnly fromMonth) => NorgesprisFrom = new DateOnly(fromMonth.Year, fromMonth.Month, 1);

    public IReadOnlyList<MeteringPoint> MeteringPoints => _meteringPoints;

    public void AddMeteringPoint(MeteringPoint meteringPoint) => _meteringPoints.Add(meteringPoint);

    /// <summary>Whether a relationship with this end date has ended by <paramref name="today"/>: its last day is past.</summary>
    public static bool EndedBy(DateOnly? endDate, DateOnly today) => endDate is { } last && last < today;

    public bool HasEndedBy(DateOnly today) => EndedBy(EndDate, today);

    public void End(DateOnly endDate)
    {
        if (endDate < StartDate)
        {
            throw new ArgumentOutOfRangeException(nameof(endDate), "A relationship cannot end before it starts.");
        }

        EndDate = endDate;
    }
}
