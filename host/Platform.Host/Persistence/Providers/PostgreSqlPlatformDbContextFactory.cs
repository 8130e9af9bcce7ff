using Platform.Sdk.Data;

namespace Platform.Host.Persistence.Providers;

/// <summary>Makes the PostgreSql migrations of the core model: <c>dotnet ef migrations add Name --context PostgreSqlPlatformDbContext</c>.</summary>
public sealed class PostgreSqlPlatformDbContextFactory()
    : DesignTimeContextFactory<PostgreSqlPlatformDbContext>(DatabaseProvider.PostgreSql, PlatformDbContext.ModelName);
