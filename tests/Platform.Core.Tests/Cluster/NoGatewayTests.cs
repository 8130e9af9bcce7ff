using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Platform.Testing;

namespace Platform.Core.Tests.Cluster;

public sealed class NoGatewayTests
{
    [Fact]
    public async Task A_host_s_silo_opens_its_silo_port_and_no_Orleans_gateway()
    {
        await using var host = await TestPlatform.StartAsync();

        var endpoints = host.Services.GetRequiredService<IOptions<EndpointOptions>>().Value;
        Assert.Equal(host.SiloPort, endpoints.SiloPort);
        Assert.Equal(0, endpoints.GatewayPort);
    }
}
