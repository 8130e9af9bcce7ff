using CsCheck;
using Grpc.Core;
using Grpc.Health.V1;
using Platform.Contracts.ActorMapping.V1;
using Platform.Identity;
using Platform.Testing;

namespace Platform.Core.Tests.Security;

/// <summary>
/// Random and malformed requests for every RPC of the platform (built from the protos, CsCheck generating and
/// shrinking them): whatever a caller sends, the answer is a caller's-mistake status or a result, never INTERNAL,
/// UNKNOWN or a hang; the host stays healthy; and a caller who may change nothing changes nothing stored.
/// One host of their own, so the administrator's random writes touch no other test's data.
/// </summary>
public sealed class RandomRequestTests : IAsyncLifetime
{
    private static readonly StatusCode[] Faults = [StatusCode.Internal, StatusCode.Unknown, StatusCode.DeadlineExceeded, StatusCode.Unavailable];

    /// <summary>Tables a read may add to without changing anything a person stored (the session keys of the web pages).</summary>
    private static readonly string[] Bookkeeping = ["data_protection_keys", "__EFMigrationsHistory"];

    private TestPlatform platform = null!;
    private string municipality = "";
    private RandomRequests requests = null!;

    public async Task InitializeAsync()
    {
        platform = await TestPlatform.StartAsync();
        municipality = platform.MunicipalityCodes.Take();
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, municipality);
        var actor = await new ActorService.ActorServiceClient(platform.Channel).CreateActorAsync(new CreateActorRequest
        {
            MunicipalityCode = municipality,
            Fields = new ActorFields { Name = "Idrætsforeningen", Sector = Sector.CivilSociety, Category = "association" },
        }, platform.AsAdmin());
        requests = new RandomRequests([municipality, partnership, actor.Id, Guid.NewGuid().ToString()]);
    }

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task Random_requests_to_every_rpc_as_an_administrator_answer_without_a_fault_and_leave_the_host_healthy()
    {
        await Gen.OneOf(requests.Calls(PlatformRpcs.All), RandomRequests.Garbage(PlatformRpcs.All))
            .SampleAsync(call => AnswersWithoutFaultAsync(call, platform.AsAdmin()), iter: 600, threads: 2, print: Print);

        await AssertHealthyAsync();
    }

    [Fact]
    public async Task Random_and_malformed_requests_as_a_viewer_of_a_municipality_with_data_change_nothing_stored()
    {
        var before = await StoredRows.HashPerTableAsync(platform, Bookkeeping);
        var viewer = RoleGrant.ForMunicipality(PlatformRole.Viewer, municipality);

        await Gen.OneOf(requests.Calls(PlatformRpcs.All), RandomRequests.Garbage(PlatformRpcs.All))
            .SampleAsync(call => AnswersWithoutFaultAsync(call, platform.As(viewer)), iter: 600, threads: 2, print: Print);

        Assert.Equal(before, await StoredRows.HashPerTableAsync(platform, Bookkeeping));
        await AssertHealthyAsync();
    }

    [Fact]
    public async Task Bytes_that_are_no_message_sent_to_every_rpc_as_an_administrator_change_nothing_stored()
    {
        var before = await StoredRows.HashPerTableAsync(platform, Bookkeeping);

        await RandomRequests.Garbage(PlatformRpcs.All)
            .SampleAsync(call => AnswersWithoutFaultAsync(call, platform.AsAdmin()), iter: 300, threads: 2, print: Print);

        Assert.Equal(before, await StoredRows.HashPerTableAsync(platform, Bookkeeping));
    }

    private async Task AnswersWithoutFaultAsync((Google.Protobuf.Reflection.MethodDescriptor Method, byte[] Body) call, CallOptions options)
    {
        try
        {
            await PlatformRpcs.CallAsync(platform.Channel.CreateCallInvoker(), call.Method, call.Body, options.WithDeadline(DateTime.UtcNow.AddSeconds(20)));
        }
        catch (RpcException refused) when (!Faults.Contains(refused.StatusCode))
        {
        }
    }

    private async Task AssertHealthyAsync()
    {
        var health = await new Health.HealthClient(platform.Channel).CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
    }

    private static string Print((Google.Protobuf.Reflection.MethodDescriptor Method, byte[] Body) call) =>
        $"{call.Method.FullName} {Convert.ToHexString(call.Body)}";
}
