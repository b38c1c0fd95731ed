using BKK.Portal.Domain.Notifications;

namespace BKK.Portal.Infrastructure.Persistence.Configurations;

/// <summary>
/// The outbox. No foreign keys: a message outlives neither its rule in the catalogue nor its person (the retention
/// job deletes both ways), and the dispatcher's reads and writes stay on this one table.
/// </summary>
internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.Property(m => m.IdempotencyKey).HasMaxLength(OutboxMessage.MaximumKeyLength).IsUnicode(false);
        builder.HasIndex(m => m.IdempotencyKey).IsUnique(); // an event makes its messages once, whatever runs it twice
        builder.Property(m => m.Recipient).HasMaxLength(254);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.Body).HasMaxLength(4000);
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.MaximumErrorLength);
        builder.Property(m => m.ProviderReference).HasMaxLength(200);
        builder.HasIndex(m => new { m.Status, m.NextAttemptUtc }); // the dispatcher's due messages; the failed ones for staff
        builder.HasIndex(m => m.PersonId);
        builder.HasIndex(m => new { m.CustomerRelationshipId, m.CreatedUtc }); // Mine data and retention
    }
}

internal sealed class NotificationChoiceConfiguration : IEntityTypeConfiguration<NotificationChoice>
{
    public void Configure(EntityTypeBuilder<NotificationChoice> builder)
    {
        builder.ToTable("NotificationChoices");
        builder.HasIndex(c => new { c.PersonId, c.CustomerRelationshipId }).IsUnique();
        builder.HasIndex(c => c.CustomerRelationshipId);
        builder.Property(c => c.CapacityMarginKw).HasPrecision(9, 2);
        builder.Property(c => c.DailyLimitKwh).HasPrecision(9, 2);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CustomerRelationship>().WithMany().HasForeignKey(c => c.CustomerRelationshipId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ConsumptionAlertCheckConfiguration : IEntityTypeConfiguration<ConsumptionAlertCheck>
{
    public void Configure(EntityTypeBuilder<ConsumptionAlertCheck> builder)
    {
        builder.ToTable("ConsumptionAlertChecks");
        builder.HasKey(c => new { c.MeteringPointKey, c.Month });
        builder.HasOne<MeteringPoint>().WithMany().HasForeignKey(c => c.MeteringPointKey).OnDelete(DeleteBehavior.Cascade);
    }
}
