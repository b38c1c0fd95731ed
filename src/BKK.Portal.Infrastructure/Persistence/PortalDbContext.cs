using BKK.Portal.Application.Common;
using BKK.Portal.Domain.Access;
using BKK.Portal.Domain.Audit;
using BKK.Portal.Domain.Inquiries;
using BKK.Portal.Domain.Privacy;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;

namespace BKK.Portal.Infrastructure.Persistence;

/// <summary>
/// The portal's database; it also holds the ASP.NET Core Data Protection keys, so every instance of the
/// portal can read the cookies and form tokens another one wrote.
/// </summary>
public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options) : DbContext(options), IPortalDbContext, IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<CustomerRelationship> CustomerRelationships => Set<CustomerRelationship>();

    public DbSet<AccessGrant> AccessGrants => Set<AccessGrant>();

    public DbSet<MeteringPoint> MeteringPoints => Set<MeteringPoint>();

    public DbSet<MeterValue> MeterValues => Set<MeterValue>();

    /// <summary>Written by <see cref="Consumption.MeterDaySumWriter"/> only, with the values or when prices change.</summary>
    public DbSet<MeterDaySum> MeterDaySums => Set<MeterDaySum>();

    public DbSet<Invoice> Invoices => Set<Invoice>();

    public DbSet<Inquiry> Inquiries => Set<Inquiry>();

    public DbSet<InquiryMessage> InquiryMessages => Set<InquiryMessage>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();

    public DbSet<RetentionRun> RetentionRuns => Set<RetentionRun>();

    public DbSet<JobLease> JobLeases => Set<JobLease>();

    public DbSet<LoginSession> LoginSessions => Set<LoginSession>();

    public DbSet<Domain.CustomerService.StaffAccess> StaffAccesses => Set<Domain.CustomerService.StaffAccess>();

    public DbSet<Domain.CustomerService.Chat> Chats => Set<Domain.CustomerService.Chat>();

    public DbSet<Domain.CustomerService.ChatMessage> ChatMessages => Set<Domain.CustomerService.ChatMessage>();

    public DbSet<Domain.Notifications.OutboxMessage> OutboxMessages => Set<Domain.Notifications.OutboxMessage>();

    public DbSet<Domain.Notifications.NotificationChoice> NotificationChoices => Set<Domain.Notifications.NotificationChoice>();

    public DbSet<Domain.Notifications.ConsumptionAlertCheck> ConsumptionAlertChecks => Set<Domain.Notifications.ConsumptionAlertCheck>();

    public DbSet<Domain.Notices.OperationalNotice> OperationalNotices => Set<Domain.Notices.OperationalNotice>();

    public DbSet<Domain.Requests.ServiceRequest> ServiceRequests => Set<Domain.Requests.ServiceRequest>();

    public DbSet<Domain.Invoices.PayoutAccount> PayoutAccounts => Set<Domain.Invoices.PayoutAccount>();

    public DbSet<Domain.Requests.RegisterReading> RegisterReadings => Set<Domain.Requests.RegisterReading>();

    public DbSet<Domain.Requests.RegisterReadingPhoto> RegisterReadingPhotos => Set<Domain.Requests.RegisterReadingPhoto>();

    public DbSet<Domain.Sharing.ApiToken> ApiTokens => Set<Domain.Sharing.ApiToken>();

    public DbSet<Domain.Sharing.ApiTokenUsage> ApiTokenUsages => Set<Domain.Sharing.ApiTokenUsage>();

    /// <summary>Written by <see cref="Prices.SpotPriceWriter"/> and read by <see cref="Prices.SpotPriceReader"/> only.</summary>
    internal DbSet<Prices.StoredSpotPrice> SpotPrices => Set<Prices.StoredSpotPrice>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        if (Database.IsSqlite())
        {
            // SQLite has no date type: interval starts as whole Unix seconds keep the key small and
            // range scans integer comparisons (see docs/decisions/0008-meter-values-in-sqlite.md).
            modelBuilder.Entity<MeterValue>().Property(v => v.StartUtc).HasConversion(UnixSeconds.Converter);
            modelBuilder.Entity<Prices.StoredSpotPrice>().Property(v => v.StartUtc).HasConversion(UnixSeconds.Converter);
            var days = modelBuilder.Entity<MeterDaySum>();
            days.Property(d => d.ThroughUtc).HasConversion(UnixSeconds.Converter);
            days.Property(d => d.PeakHourStartUtc).HasConversion(UnixSeconds.Converter);
            days.Property(d => d.PeakPowerStartUtc).HasConversion(UnixSeconds.Converter);
        }
    }
}
