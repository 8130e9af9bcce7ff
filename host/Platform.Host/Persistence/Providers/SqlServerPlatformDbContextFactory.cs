using Platform.Sdk.Data;

namespace Platform.Host.Persistence.Providers;

/// <summary>Makes the SqlServer migrations of the core model: <c>dotnet ef migrations add Name --context SqlServerPlatformDbContext</c>.</summary>
public sealed class SqlServerPlatformDbContextFactory()
    : DesignTimeContextFactory<SqlServerPlatformDbContext>(DatabaseProvider.SqlServer, PlatformDbContext.ModelName);
