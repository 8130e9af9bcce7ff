using Platform.Sdk.Data;

namespace Platform.Host.Persistence.Providers;

/// <summary>Makes the Sqlite migrations of the core model: <c>dotnet ef migrations add Name --context SqlitePlatformDbContext</c>.</summary>
public sealed class SqlitePlatformDbContextFactory()
    : DesignTimeContextFactory<SqlitePlatformDbContext>(DatabaseProvider.Sqlite, PlatformDbContext.ModelName);
