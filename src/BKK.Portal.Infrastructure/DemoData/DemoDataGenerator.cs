using BKK.Portal.Domain.Access;

namespace BKK.Portal.Infrastructure.DemoData;

/// <summary>One demo metering point and the kind of consumption it gets.</summary>
/// <remarks>A point with <see cref="Solar"/> is a prosumer (plusskunde): it also gets a production series.</remarks>
public sealed record DemoMeteringPoint(CustomerRelationship Relationship, MeteringPoint MeteringPoint, ConsumptionKind Kind, int Seed, DateOnly QuarterHourFrom, bool Solar = false)
{
    /// <summary>The day the meter stopped sending values (it is read by the customer since): its values from then on are estimates.</summary>
    public DateOnly? StoppedSending { get; init; }
}

/// <summary>
/// Deterministic synthetic customers: a person with a home (with solar panels) and a cabin, a person with full
/// access (fullmakt) to a relative's relationship, and a business with several metering
/// points. Identity numbers are synthetic (month + 80); organisation and metering point
/// numbers are made with their real check digits.
/// </summary>
public static class DemoDataGenerator
{
    public static DemoDataSet Create(DateOnly today)
    {
        // The demo's customers and grants date from as far back as the portal shows (not a rule of the history itself).
        var since = today.AddYears(-ConsumptionHistory.YearsShown);
        var people = new List<Person>();
        var relationships = new List<CustomerRelationship>();
        var grants = new List<AccessGrant>();
        var points = new List<DemoMeteringPoint>();
        var grantedAt = new DateTimeOffset(since.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var pointNumber = 0;

        Person NewPerson(string subject, string name, DateOnly birthDate, ContactData contact)
        {
            var person = new Person(subject, name, SyntheticNumber(birthDate), contact);
            people.Add(person);
            return person;
        }

        CustomerRelationship NewRelationship(string customerNumber, string holder, CustomerType type, TariffType tariff, OrganisationNumber? org = null)
        {
            var relationship = new CustomerRelationship(CustomerNumber.Parse(customerNumber).GetValueOrThrow(), holder, type, tariff, since, org);
            relationships.Add(relationship);
            return relationship;
        }

        void NewPoint(CustomerRelationship relationship, InstallationType type, MeterType meterType, InstallationAddress address, ConsumptionKind kind, DateOnly quarterHourFrom, bool solar = false)
        {
            pointNumber++;
            var id = MeteringPointId.FromFirst17($"7070575000{pointNumber:0000000}");
            // One grid station per postal code in the demo: the two bakery points in Blomsterdalen share one.
            var point = new MeteringPoint(id, $"69706314{pointNumber:000000}", type, meterType, address, MeterResolution.QuarterHour, quarterHourFrom, gridStation: $"NS-{address.PostalCode}");
            relationship.AddMeteringPoint(point);
            points.Add(new DemoMeteringPoint(relationship, point, kind, pointNumber * 101, quarterHourFrom, solar));
        }

        void Grant(Person person, CustomerRelationship relationship, AccessLevel level) =>
            grants.Add(new AccessGrant(person, relationship, level, grantedAt));

        var switchDay = new DateOnly(today.Year, today.Month, 1).AddMonths(-14);

        var kari = NewPerson(DemoPeople.Kari, "Kari Nordmann", new DateOnly(1978, 4, 12),
            new ContactData("Fjellveien 12", "5019", "Bergen", "+4791234567", "kari.nordmann@example.no"));
        var kariHome = NewRelationship("10000017", "Kari Nordmann", CustomerType.Private, TariffType.Household);
        NewPoint(kariHome, InstallationType.Home, MeterType.AmsThreePhase, new InstallationAddress("Fjellveien 12", "5019", "Bergen"), ConsumptionKind.HomeWithHeatPump, switchDay, solar: true);
        var kariCabin = NewRelationship("10000025", "Kari Nordmann", CustomerType.Private, TariffType.HolidayHome);
        NewPoint(kariCabin, InstallationType.HolidayHome, MeterType.AmsSinglePhase, new InstallationAddress("Hyttevegen 3", "5700", "Voss"), ConsumptionKind.Cabin, switchDay.AddMonths(2));
        // The cabin's meter lost its contact with the network: Kari reads it herself (Måleravlesning), and a reading is due.
        points[^1].MeteringPoint.StopSendingValues();
        points[^1] = points[^1] with { StoppedSending = today.AddDays(-CabinSilentDays) };
        Grant(kari, kariHome, AccessLevel.Owner);
        Grant(kari, kariCabin, AccessLevel.Owner);

        var ingrid = NewPerson(DemoPeople.Ingrid, "Ingrid Hansen", new DateOnly(1949, 9, 3),
            new ContactData("Kirkegaten 5", "5300", "Kleppestø", "+4755123456", "ingrid.hansen@example.no"));
        var ingridHome = NewRelationship("10000033", "Ingrid Hansen", CustomerType.Private, TariffType.Household);
        NewPoint(ingridHome, InstallationType.Home, MeterType.AmsSinglePhase, new InstallationAddress("Kirkegaten 5", "5300", "Kleppestø"), ConsumptionKind.HomeWithHeatPump, switchDay.AddMonths(1));
        Grant(ingrid, ingridHome, AccessLevel.Owner);

        var ola = NewPerson(DemoPeople.Ola, "Ola Hansen", new DateOnly(1981, 11, 23),
            new ContactData("Damsgårdsveien 88", "5058", "Bergen", "+4799887766", "ola.hansen@example.no"));
        var olaFlat = NewRelationship("10000041", "Ola Hansen", CustomerType.Private, TariffType.Household);
        NewPoint(olaFlat, InstallationType.Home, MeterType.AmsThreePhase, new InstallationAddress("Damsgårdsveien 88", "5058", "Bergen"), ConsumptionKind.FlatWithEvCharging, switchDay);
        Grant(ola, olaFlat, AccessLevel.Owner);
        Grant(ola, ingridHome, AccessLevel.Full); // fullmakt from his mother

        var per = NewPerson(DemoPeople.Per, "Per Bakke", new DateOnly(1969, 2, 28),
            new ContactData("Strandgaten 20", "5013", "Bergen", "+4792345678", "per@bakke-bakeri.example.no"));
        var bakery = NewRelationship("20000016", "Bakke Bakeri AS", CustomerType.Business, TariffType.BusinessLowVoltage, OrganisationNumber.Parse("914588200").GetValueOrThrow());
        NewPoint(bakery, InstallationType.Business, MeterType.AmsCurrentTransformer, new InstallationAddress("Industriveien 7", "5258", "Blomsterdalen"), ConsumptionKind.Bakery, switchDay);
        NewPoint(bakery, InstallationType.Business, MeterType.AmsThreePhase, new InstallationAddress("Strandgaten 20", "5013", "Bergen"), ConsumptionKind.Shop, switchDay);
        NewPoint(bakery, InstallationType.Business, MeterType.AmsThreePhase, new InstallationAddress("Industriveien 9", "5258", "Blomsterdalen"), ConsumptionKind.ColdStore, switchDay.AddMonths(3));
        Grant(per, bakery, AccessLevel.Owner);

        // A former customer who moved away in 2019: no login and no meter values kept, only what the
        // retention job removes once the accounting years have passed (it shows in its dry run).
        var nils = NewPerson(DemoPeople.FormerCustomer, "Nils Berg", new DateOnly(1990, 7, 14),
            new ContactData("Nygårdsgaten 3", "5015", "Bergen", "+4790011223", "nils.berg@example.no"));
        var nilsFlat = new CustomerRelationship(CustomerNumber.Parse("10000058").GetValueOrThrow(), "Nils Berg", CustomerType.Private, TariffType.Household, new DateOnly(2015, 8, 1));
        pointNumber++;
        nilsFlat.AddMeteringPoint(new MeteringPoint(
            MeteringPointId.FromFirst17($"7070575000{pointNumber:0000000}"), $"69706314{pointNumber:000000}", InstallationType.Home, MeterType.AmsSinglePhase,
            new InstallationAddress("Nygårdsgaten 3", "5015", "Bergen"), MeterResolution.Hour, new DateOnly(2019, 1, 1)));
        nilsFlat.End(DemoPeople.FormerCustomerMovedOut);
        relationships.Add(nilsFlat);
        Grant(nils, nilsFlat, AccessLevel.Owner);

        return new DemoDataSet(people, relationships, grants, points);
    }

    /// <summary>How long ago Kari's cabin meter sent its last value: over a month, so a reading is due.</summary>
    public const int CabinSilentDays = 40;

    /// <summary>The cabin meter's register the day it went silent, less what it counted in the demo's history.</summary>
    public const long CabinRegisterBase = 21_000;

    /// <summary>The first synthetic number (month + 80) with valid check digits for this birth date.</summary>
    private static NationalIdentityNumber SyntheticNumber(DateOnly birthDate)
    {
        var firstIndividual = birthDate.Year >= 2000 ? 500 : 100;
        return Enumerable.Range(firstIndividual, 399)
            .Select(i => NationalIdentityNumber.Compose(birthDate, i, synthetic: true))
            .First(n => n is not null)!;
    }
}
