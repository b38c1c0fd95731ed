using BKK.Portal.Domain.Notices;

namespace BKK.Portal.Infrastructure.Persistence.Configurations;

internal sealed class OperationalNoticeConfiguration : IEntityTypeConfiguration<OperationalNotice>
{
    public void Configure(EntityTypeBuilder<OperationalNotice> builder)
    {
        builder.ToTable("OperationalNotices");
        builder.Property(n => n.Reference).HasMaxLength(32).IsUnicode(false);
        builder.HasIndex(n => n.Reference).IsUnique();
        builder.Property(n => n.TextBokmal).HasMaxLength(OperationalNotice.MaximumTextLength);
        builder.Property(n => n.TextNynorsk).HasMaxLength(OperationalNotice.MaximumTextLength);
        builder.Property(n => n.TextEnglish).HasMaxLength(OperationalNotice.MaximumTextLength);
        builder.Property(n => n.CreatedBy).HasMaxLength(200);
        builder.HasIndex(n => new { n.Status, n.StartUtc }); // the current and planned ones
        builder.HasMany(n => n.Areas).WithOne().HasForeignKey(a => a.OperationalNoticeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(n => n.Areas).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class NoticeAreaConfiguration : IEntityTypeConfiguration<NoticeArea>
{
    public void Configure(EntityTypeBuilder<NoticeArea> builder)
    {
        builder.ToTable("NoticeAreas");
        builder.Property(a => a.Value).HasMaxLength(NoticeArea.MaximumValueLength).IsUnicode(false);
        builder.HasIndex(a => new { a.Type, a.Value });
    }
}
