namespace BKK.Portal.Infrastructure.Persistence.Configurations;

internal sealed class PayoutAccountConfiguration : IEntityTypeConfiguration<PayoutAccount>
{
    public void Configure(EntityTypeBuilder<PayoutAccount> builder)
    {
        builder.ToTable("PayoutAccounts");
        builder.HasOne<CustomerRelationship>().WithOne().HasForeignKey<PayoutAccount>(a => a.CustomerRelationshipId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.AccountNumber).HasMaxLength(11).IsUnicode(false);
        builder.Property(a => a.HolderName).HasMaxLength(PayoutAccount.MaximumHolderNameLength);
    }
}
