using BKK.Portal.Domain.Audit;
using BKK.Portal.Domain.Customers;
using BKK.Portal.Domain.Inquiries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BKK.Portal.Infrastructure.Persistence.Configurations;

internal sealed class InquiryConfiguration : IEntityTypeConfiguration<Inquiry>
{
    public void Configure(EntityTypeBuilder<Inquiry> builder)
    {
        builder.ToTable("Inquiries");
        builder.HasIndex(i => new { i.CustomerRelationshipId, i.CreatedUtc });
        builder.HasOne<CustomerRelationship>().WithMany().HasForeignKey(i => i.CustomerRelationshipId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(i => i.IsOpen);
        builder.HasMany(i => i.Messages).WithOne().HasForeignKey(m => m.InquiryId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Messages).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class InquiryMessageConfiguration : IEntityTypeConfiguration<InquiryMessage>
{
    public void Configure(EntityTypeBuilder<InquiryMessage> builder)
    {
        builder.ToTable("InquiryMessages");
        builder.Property(m => m.AuthorName).HasMaxLength(200);
        builder.Property(m => m.AuthorSubject).HasMaxLength(200);
        builder.HasIndex(m => m.AuthorSubject);
        builder.Property(m => m.Text).HasMaxLength(Inquiry.MaxTextLength);
    }
}

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<Domain.Privacy.ConsentRecord>
{
    public void Configure(EntityTypeBuilder<Domain.Privacy.ConsentRecord> builder)
    {
        builder.ToTable("ConsentRecords");
        builder.Property(c => c.ConsentId).HasMaxLength(32).IsUnicode(false);
        builder.Property(c => c.CatalogueVersion).HasMaxLength(50);
        builder.Property(c => c.Choice).HasMaxLength(20).IsUnicode(false);
        builder.Property(c => c.Categories).HasMaxLength(100).IsUnicode(false);
        builder.Property(c => c.TextHash).HasMaxLength(64).IsUnicode(false);
        builder.HasIndex(c => c.ConsentId);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(a => a.ActorSubject).HasMaxLength(200);
        builder.Property(a => a.Field).HasMaxLength(50).IsUnicode(false);
        builder.Property(a => a.Detail).HasMaxLength(100);
        builder.HasIndex(a => new { a.CustomerRelationshipId, a.AtUtc });
        builder.HasIndex(a => a.ActorSubject);
    }
}

internal sealed class RetentionRunConfiguration : IEntityTypeConfiguration<Domain.Privacy.RetentionRun>
{
    public void Configure(EntityTypeBuilder<Domain.Privacy.RetentionRun> builder)
    {
        builder.ToTable("RetentionRuns");
        builder.Property(r => r.Instance).HasMaxLength(200);
        builder.Property(r => r.CatalogueVersion).HasMaxLength(50);
        builder.Property(r => r.Counts).HasMaxLength(4000);
        builder.HasIndex(r => r.StartedUtc);
    }
}

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<Domain.Common.JobLease>
{
    public void Configure(EntityTypeBuilder<Domain.Common.JobLease> builder)
    {
        builder.ToTable("JobLeases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(100).IsUnicode(false);
        builder.Property(l => l.Holder).HasMaxLength(200);
    }
}
