using BKK.Portal.Domain.Access;

namespace BKK.Portal.Infrastructure.Persistence.Configurations;

internal sealed class LoginSessionConfiguration : IEntityTypeConfiguration<LoginSession>
{
    public void Configure(EntityTypeBuilder<LoginSession> builder)
    {
        builder.ToTable("LoginSessions");
        builder.HasKey(s => s.KeyHash);
        builder.Property(s => s.KeyHash).HasMaxLength(64).IsUnicode(false);
        builder.Property(s => s.Subject).HasMaxLength(200);
        builder.Property(s => s.Ticket).IsRequired();
        builder.HasIndex(s => s.Subject);
        builder.HasIndex(s => s.ExpiresUtc);
    }
}
