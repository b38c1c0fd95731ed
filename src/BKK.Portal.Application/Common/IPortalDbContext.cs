using BKK.Portal.Domain.Audit;
using BKK.Portal.Domain.Inquiries;
using BKK.Portal.Domain.Privacy;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace BKK.Portal.Application.Common;

/// <summary>
/// The database as the use cases see it. No repository on top: handlers query EF Core
/// directly (see docs/decisions/0003-dbcontext-without-repositories.md). Meter values are not here:
/// they are read through <see cref="Consumption.IMeterReadings"/> and written through
/// <see cref="Consumption.IMeterValueWriter"/> only.
/// </summary>
public interface IPortalDbContext
{
    DbSet<Person> People { get; }

    DbSet<CustomerRelationship> CustomerRelationships { get; }

    DbSet<AccessGrant> AccessGrants { get; }

    DbSet<MeteringPoint> MeteringPoints { get; }

    DbSet<Invoice> Invoices { get; }

    DbSet<Inquiry> Inquiries { get; }

    DbSet<InquiryMessage> InquiryMessages { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<ConsentRecord> ConsentRecords { get; }

    DbSet<RetentionRun> RetentionRuns { get; }

    DbSet<JobLease> JobLeases { get; }

    /// <summary>Logins kept on the server; the cookie holds only a reference.</summary>
    DbSet<LoginSession> LoginSessions { get; }

    /// <summary>The openings of customers by customer service (the access log of "tjenstlig behov").</summary>
    DbSet<Domain.CustomerService.StaffAccess> StaffAccesses { get; }

    /// <summary>Live chats while they last; an ended chat's transcript is an inquiry.</summary>
    DbSet<Domain.CustomerService.Chat> Chats { get; }

    DbSet<Domain.CustomerService.ChatMessage> ChatMessages { get; }

    /// <summary>Messages to send, written with the event that causes them; the dispatcher sends them (ADR 0027).</summary>
    DbSet<Domain.Notifications.OutboxMessage> OutboxMessages { get; }

    /// <summary>What each person wants to be told about each relationship, and how.</summary>
    DbSet<Domain.Notifications.NotificationChoice> NotificationChoices { get; }

    /// <summary>Metering point months whose values changed in an import, waiting for the alert job.</summary>
    DbSet<Domain.Notifications.ConsumptionAlertCheck> ConsumptionAlertChecks { get; }

    /// <summary>Driftsmeldinger: outages and planned work, with the areas they affect.</summary>
    DbSet<Domain.Notices.OperationalNotice> OperationalNotices { get; }

    /// <summary>Requests from customers that customer service carries out (the HAN port).</summary>
    DbSet<Domain.Requests.ServiceRequest> ServiceRequests { get; }

    DbSet<Domain.Invoices.PayoutAccount> PayoutAccounts { get; }

    DbSet<Domain.Requests.RegisterReading> RegisterReadings { get; }

    DbSet<Domain.Requests.RegisterReadingPhoto> RegisterReadingPhotos { get; }

    /// <summary>The tokens customers made for the API (Deling av data); only their hashes.</summary>
    DbSet<Domain.Sharing.ApiToken> ApiTokens { get; }

    /// <summary>Calls per token and Oslo day.</summary>
    DbSet<Domain.Sharing.ApiTokenUsage> ApiTokenUsages { get; }

    /// <summary>For the few use cases that need their own transaction (the retention job: one per relationship).</summary>
    DatabaseFacade Database { get; }

    /// <summary>To let go of an entity whose save failed, so a later save does not try it again.</summary>
    Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<TEntity> Entry<TEntity>(TEntity entity)
        where TEntity : class;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
