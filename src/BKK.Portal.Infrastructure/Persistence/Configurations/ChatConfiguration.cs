using BKK.Portal.Domain.CustomerService;

namespace BKK.Portal.Infrastructure.Persistence.Configurations;

internal sealed class ChatConfiguration : IEntityTypeConfiguration<Chat>
{
    public void Configure(EntityTypeBuilder<Chat> builder)
    {
        builder.ToTable("Chats");
        builder.Property(c => c.Key).HasMaxLength(32).IsUnicode(false);
        builder.HasIndex(c => c.Key).IsUnique();
        builder.Property(c => c.CustomerName).HasMaxLength(Chat.MaxNameLength);
        builder.Property(c => c.CustomerSubject).HasMaxLength(200);
        builder.Property(c => c.StaffSubject).HasMaxLength(200);
        builder.Property(c => c.StaffName).HasMaxLength(200);
        builder.HasIndex(c => new { c.Status, c.StartedUtc });
        builder.HasOne<CustomerRelationship>().WithMany().HasForeignKey(c => c.CustomerRelationshipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Messages).WithOne().HasForeignKey(m => m.ChatId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Messages).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ChatMessageConfiguration : IEntityTypeConfiguration<ChatMessage>
{
    public void Configure(EntityTypeBuilder<ChatMessage> builder)
    {
        builder.ToTable("ChatMessages");
        builder.Property(m => m.Text).HasMaxLength(Chat.MaxMessageLength);
    }
}
