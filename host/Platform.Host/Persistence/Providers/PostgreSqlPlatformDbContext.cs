using Microsoft.EntityFrameworkCore;

namespace Platform.Host.Persistence.Providers;

/// <summary>The core model on PostgreSql, with its migrations.</summary>
public sealed class PostgreSqlPlatformDbContext(DbContextOptions<PostgreSqlPlatformDbContext> options) : PlatformDbContext(options);
