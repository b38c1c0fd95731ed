using Microsoft.EntityFrameworkCore;

namespace BKK.Portal.DevIdentity;

/// <summary>OpenIddict's own tables (applications, authorizations, tokens) for the development provider.</summary>
public sealed class DevIdentityDbContext(DbContextOptions<DevIdentityDbContext> options) : DbContext(options);
