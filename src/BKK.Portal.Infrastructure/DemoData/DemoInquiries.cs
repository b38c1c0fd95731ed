using BKK.Portal.Domain.Inquiries;
using BKK.Portal.Infrastructure.Persistence;

namespace BKK.Portal.Infrastructure.DemoData;

/// <summary>
/// Inquiries with case logs: Kari asked about an invoice (answered) and a meter change (closed);
/// Ola asked about EV charging and the capacity step (in progress, taken by kundeservice1); the bakery about a new
/// connection (answered, with a follow-up from Per still waiting).
/// </summary>
public static class DemoInquiries
{
    private const string Service = "Silje";

    public static async Task<int> CreateAsync(PortalDbContext db, DemoDataSet data, DateOnly today, CancellationToken cancellationToken)
    {
        int Relationship(string customerNumber) => data.Relationships.Single(r => r.CustomerNumber.Value == customerNumber).Id;
        DateTimeOffset At(int daysAgo, int hour) => new(today.AddDays(-daysAgo).ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);

        var invoice = new Inquiry(Relationship("10000017"), InquiryTopic.Invoice,
            "Hei! Fakturaen for forrige måned er høyere enn vanlig. Kan dere se om måleren har telt riktig?", "Kari Nordmann", At(20, 9), DemoPeople.Kari);
        invoice.StartWork(Service, At(19, 10));
        invoice.Answer(
            "Hei Kari, vi har sjekket målerverdiene. De er målt (ikke estimert), og forbruket økte i den kalde perioden midt i måneden. " +
            "Under Forbruk ser du timene med høyest forbruk. Ta gjerne kontakt igjen om noe er uklart.", Service, At(18, 14));

        var meter = new Inquiry(Relationship("10000017"), InquiryTopic.Meter,
            "Når kommer dere for å bytte måleren på hytta? Jeg er der bare i helgene.", "Kari Nordmann", At(200, 18), DemoPeople.Kari);
        meter.Answer("Måleren på hytta sitter i et skap på utsiden av veggen, så du trenger ikke være til stede når vi bytter den. Strømmen er borte i noen minutter, og vi sender SMS når måleren er byttet.", Service, At(198, 11));
        meter.Close(Service, At(180, 9));

        var charging = new Inquiry(Relationship("10000041"), InquiryTopic.Consumption,
            "Jeg lader elbilen om kvelden. Hvordan kan jeg unngå å havne på et høyere kapasitetstrinn?", "Ola Hansen", At(3, 21), DemoPeople.Ola);
        charging.StartWork(DemoPeople.StaffAgentName, At(2, 8), DemoPeople.StaffAgent); // in the queue of kundeservice1

        var connection = new Inquiry(Relationship("20000016"), InquiryTopic.Connection,
            "Vi skal sette inn en ny stekeovn på 30 kW i bakeriet. Må vi søke om økt kapasitet?", "Per Bakke", At(40, 7), DemoPeople.Per);
        connection.Answer("Ja, meld inn tiltaket via elektroinstallatøren deres. Vi vurderer om stikkledningen tåler økningen.", Service, At(37, 13));
        connection.AddCustomerMessage("Takk! Installatøren har meldt det inn nå. Hvor lang tid tar behandlingen?", "Per Bakke", At(10, 8), DemoPeople.Per);

        var movedAt = DemoPeople.FormerCustomerMovedOut.ToDateTime(new TimeOnly(10, 0));
        var movingOut = new Inquiry(Relationship("10000058"), InquiryTopic.MovingInOrOut,
            "Jeg flytter ut 30. juni. Hva må jeg gjøre med måleren?", "Nils Berg", new DateTimeOffset(movedAt.AddDays(-14), TimeSpan.Zero), DemoPeople.FormerCustomer);
        movingOut.Answer("Les av måleren den dagen du flytter, så avslutter vi kundeforholdet fra da. Sluttfakturaen kommer i posten.", Service, new DateTimeOffset(movedAt.AddDays(-13), TimeSpan.Zero));
        movingOut.Close(Service, new DateTimeOffset(movedAt.AddDays(2), TimeSpan.Zero));

        db.Inquiries.AddRange(invoice, meter, charging, connection, movingOut);
        await db.SaveChangesAsync(cancellationToken);
        return 5;
    }
}
