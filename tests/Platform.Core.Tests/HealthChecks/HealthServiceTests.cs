using Grpc.Core;
using Grpc.Health.V1;
using Platform.Core.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Core.Tests.HealthChecks;

[Collection(PlatformCollection.Name)]
public sealed class HealthServiceTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task Readiness_and_liveness_are_served_without_a_token_and_an_unknown_service_is_not_found()
    {
        var health = new Health.HealthClient(platform.Channel);

        var readiness = await health.CheckAsync(new HealthCheckRequest { Service = "" });
        var liveness = await health.CheckAsync(new HealthCheckRequest { Service = "liveness" });

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, readiness.Status);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, liveness.Status);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => health.CheckAsync(new HealthCheckRequest { Service = "nonsense" }).ResponseAsync);
    }
}
