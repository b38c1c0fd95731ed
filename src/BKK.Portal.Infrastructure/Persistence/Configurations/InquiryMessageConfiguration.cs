using BKK.Portal.Domain.Inquiries;

namespace BKK.Portal.Infrastructure.Persistence.Configurations;

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
