using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Host.Persistence;

namespace Platform.Host.Health;

/// <summary>The host is healthy while it can reach the platform database (reported through the gRPC health service).</summary>
public sealed class DatabaseHealthCheck(ModelContextFactory<PlatformDbContext> database) : IHealthCheck
{
    public const string Tag = "database";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The platform database cannot be reached.");
    }
}
