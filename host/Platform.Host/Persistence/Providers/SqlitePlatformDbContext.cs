using Microsoft.EntityFrameworkCore;

namespace Platform.Host.Persistence.Providers;

/// <summary>The core model on Sqlite, with its migrations.</summary>
public sealed class SqlitePlatformDbContext(DbContextOptions<SqlitePlatformDbContext> options) : PlatformDbContext(options);
