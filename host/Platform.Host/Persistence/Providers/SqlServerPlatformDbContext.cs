using Microsoft.EntityFrameworkCore;

namespace Platform.Host.Persistence.Providers;

/// <summary>The core model on SqlServer, with its migrations.</summary>
public sealed class SqlServerPlatformDbContext(DbContextOptions<SqlServerPlatformDbContext> options) : PlatformDbContext(options);
