using Google.Protobuf;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.ActorMapping.V1;
using Platform.Contracts.Core.V1;
using Platform.Contracts.Reporting.V1;
using Platform.Core.Tests.Infrastructure;
using Platform.Identity;
using Platform.SampleModule.V1;
using Platform.Testing;

namespace Platform.Core.Tests.Modules;

/// <summary>
/// A module's typed client of another module's service runs in-process, and the called module answers it as it
/// answers the same caller over the network: data, refusals, its switch, deadlines and cancellation.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ModuleClientTests(SharedPlatform shared)
{
    private const string ActorServiceName = "platform.actor_mapping.v1.ActorService";

    private readonly TestPlatform platform = shared.Platform;

    private ActorService.ActorServiceClient OverTheNetwork => new(platform.Channel);

    [Fact]
    public async Task Another_module_answers_an_in_process_call_exactly_as_it_answers_the_same_caller_over_the_network()
    {
        var (code, partnership, _) = await InProcess.MappedMunicipalityAsync(platform);
        var request = new ListActorsRequest { MunicipalityCode = code };
        RoleGrant[] viewer = [RoleGrant.ForMunicipality(PlatformRole.Viewer, code)];
        RoleGrant[] staff = [RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, partnership)];

        var asViewer = await InProcess.AsAsync(platform, viewer, clients => clients.Create<ActorService.ActorServiceClient>().ListActorsAsync(request).ResponseAsync);
        var asStaff = await InProcess.AsAsync(platform, staff, clients => clients.Create<ActorService.ActorServiceClient>().ListActorsAsync(request).ResponseAsync);

        Assert.Equal(["Mette Hansen"], asViewer.Actors.Single().Contacts.Select(contact => contact.Name));
        Assert.Empty(asStaff.Actors.Single().Contacts);
        Assert.Equal(await OverTheNetwork.ListActorsAsync(request, platform.As(viewer)), asViewer);
        Assert.Equal(await OverTheNetwork.ListActorsAsync(request, platform.As(staff)), asStaff);
    }

    [Fact]
    public async Task A_caller_s_copy_of_a_contract_reaches_the_module_s_own_copy_by_its_bytes()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);

        // This test's NoteService client is compiled into the test assembly, the service into the sample module's.
        var added = await InProcess.AsAsync(platform, [RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, code)], clients =>
            clients.Create<NoteService.NoteServiceClient>().AddNoteAsync(new AddNoteRequest { MunicipalityCode = code, Text = "fra et andet modul" }).ResponseAsync);

        var stored = await new NoteService.NoteServiceClient(platform.Channel).ListNotesAsync(new ListNotesRequest { MunicipalityCode = code }, platform.AsAdmin());
        Assert.Equal([added], stored.Notes);
    }

    [Fact]
    public async Task Refusals_reach_an_in_process_caller_with_the_status_and_details_a_network_caller_gets()
    {
        var (code, _, actor) = await InProcess.MappedMunicipalityAsync(platform);
        var other = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, other);
        RoleGrant[] member = [RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, code)];
        var unnamed = new CreateActorRequest { MunicipalityCode = code, Fields = new ActorFields { Sector = Sector.CivilSociety, Category = "association" } };
        var unknown = new GetActorRequest { MunicipalityCode = code, Id = Guid.NewGuid().ToString() };

        await AssertSameRefusalAsync(StatusCode.InvalidArgument, member, (actors, options) => actors.CreateActorAsync(unnamed, options).ResponseAsync);
        await AssertSameRefusalAsync(StatusCode.NotFound, member, (actors, options) => actors.GetActorAsync(unknown, options).ResponseAsync);
        await AssertSameRefusalAsync(StatusCode.PermissionDenied, member, (actors, options) =>
            actors.GetActorAsync(new GetActorRequest { MunicipalityCode = other, Id = actor.Id }, options).ResponseAsync);
        await AssertSameRefusalAsync(StatusCode.PermissionDenied, [], (actors, options) =>
            actors.ListActorsAsync(new ListActorsRequest { MunicipalityCode = code }, options).ResponseAsync);
    }

    [Fact]
    public async Task The_called_module_s_switch_is_honoured_whatever_module_calls()
    {
        var (code, _, _) = await InProcess.MappedMunicipalityAsync(platform);
        await new MunicipalityService.MunicipalityServiceClient(platform.Channel).SetModuleEnabledAsync(
            new SetModuleEnabledRequest { Code = code, ModuleId = "actor-mapping", Enabled = false }, platform.AsAdmin());

        var refused = await AssertSameRefusalAsync(StatusCode.FailedPrecondition, [RoleGrant.ForMunicipality(PlatformRole.Viewer, code)], (actors, options) =>
            actors.ListActorsAsync(new ListActorsRequest { MunicipalityCode = code }, options).ResponseAsync);

        Assert.Contains("'actor-mapping'", refused.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unexpected_fault_reaches_an_in_process_caller_as_internal_with_a_correlation_id_and_no_internal_detail()
    {
        var code = platform.MunicipalityCodes.Take();

        var fault = await RpcAssert.FailsWith(StatusCode.Internal, () => InProcess.AsAsync(platform, [RoleGrant.Admin], clients =>
            clients.Create<NoteService.NoteServiceClient>().ExplodeAsync(new VisitRequest { MunicipalityCode = code }).ResponseAsync));

        Assert.Contains("correlation id in-process:", fault.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret", fault.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", fault.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_no_loaded_module_serves_a_method_it_lacks_and_a_stream_are_unimplemented_naming_the_service()
    {
        var noModule = await RpcAssert.FailsWith(StatusCode.Unimplemented, () => InProcess.AsAsync(platform, [RoleGrant.Admin], clients =>
            clients.Create<RawClient>().CallAsync("platform.not_installed.v1.NothingService", "GetNothing", [], default).ResponseAsync));
        var noMethod = await RpcAssert.FailsWith(StatusCode.Unimplemented, () => InProcess.AsAsync(platform, [RoleGrant.Admin], clients =>
            clients.Create<RawClient>().CallAsync(ActorServiceName, "TeleportActor", [], default).ResponseAsync));
        var stream = await RpcAssert.FailsWith(StatusCode.Unimplemented, () => InProcess.AsAsync(platform, [RoleGrant.Admin], clients =>
            Task.FromResult(clients.Create<ReportService.ReportServiceClient>().GeneratePartnershipReport(new GeneratePartnershipReportRequest()))));

        Assert.Contains("No loaded module serves platform.not_installed.v1.NothingService", noModule.Status.Detail, StringComparison.Ordinal);
        Assert.Contains($"{ActorServiceName} has no method TeleportActor", noMethod.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("/platform.reporting.v1.ReportService/GeneratePartnershipReport streams", stream.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_the_called_contract_cannot_read_is_refused_as_it_is_over_the_network()
    {
        byte[] truncated = [0x0A, 0x05]; // field 1, five bytes long, and then nothing

        var overTheNetwork = await Assert.ThrowsAsync<RpcException>(() => new RawClient(platform.Channel.CreateCallInvoker())
            .CallAsync(ActorServiceName, "GetActor", truncated, platform.AsAdmin()).ResponseAsync);
        var inProcess = await Assert.ThrowsAsync<RpcException>(() => InProcess.AsAsync(platform, [RoleGrant.Admin], clients =>
            clients.Create<RawClient>().CallAsync(ActorServiceName, "GetActor", truncated, default).ResponseAsync));

        Assert.Equal(StatusCode.InvalidArgument, inProcess.StatusCode);
        Assert.Contains("platform.actor_mapping.v1.GetActorRequest", inProcess.Status.Detail, StringComparison.Ordinal);
        Assert.Equal((overTheNetwork.StatusCode, overTheNetwork.Status.Detail), (inProcess.StatusCode, inProcess.Status.Detail));
    }

    [Fact]
    public async Task A_response_the_caller_s_contract_cannot_read_fails_as_it_does_over_the_network()
    {
        var (code, _, actor) = await InProcess.MappedMunicipalityAsync(platform);
        var request = new GetActorRequest { MunicipalityCode = code, Id = actor.Id }.ToByteArray();
        var unreadable = Marshallers.Create<byte[]>(bytes => bytes, _ => throw new InvalidDataException("not this contract's message"));

        var overTheNetwork = await Assert.ThrowsAsync<RpcException>(() => new RawClient(platform.Channel.CreateCallInvoker())
            .CallAsync(ActorServiceName, "GetActor", request, platform.AsAdmin(), unreadable).ResponseAsync);
        var inProcess = await Assert.ThrowsAsync<RpcException>(() => InProcess.AsAsync(platform, [RoleGrant.Admin], clients =>
            clients.Create<RawClient>().CallAsync(ActorServiceName, "GetActor", request, default, unreadable).ResponseAsync));

        Assert.Equal((overTheNetwork.StatusCode, overTheNetwork.Status.Detail), (inProcess.StatusCode, inProcess.Status.Detail));
    }

    [Fact]
    public async Task A_passed_deadline_and_a_cancelled_call_reach_an_in_process_caller_as_a_network_caller_sees_them()
    {
        var (code, _, _) = await InProcess.MappedMunicipalityAsync(platform);
        var passed = platform.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.AddSeconds(-1);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await AssertSameRefusalAsync(StatusCode.DeadlineExceeded, [RoleGrant.Admin], (actors, options) =>
            actors.ListActorsAsync(new ListActorsRequest { MunicipalityCode = code }, options.WithDeadline(passed)).ResponseAsync);
        await AssertSameRefusalAsync(StatusCode.Cancelled, [RoleGrant.Admin], (actors, options) =>
            actors.ListActorsAsync(new ListActorsRequest { MunicipalityCode = code }, options.WithCancellationToken(cancellation.Token)).ResponseAsync);
    }

    /// <summary>
    /// Makes the call over the network with a token carrying the grants, and in-process as a caller with them, and
    /// asserts both are refused alike: status, message and google.rpc details.
    /// </summary>
    private async Task<RpcException> AssertSameRefusalAsync<T>(
        StatusCode code, RoleGrant[] grants, Func<ActorService.ActorServiceClient, CallOptions, Task<T>> call)
    {
        var overTheNetwork = await RpcAssert.FailsWith(code, () => call(OverTheNetwork, platform.As(grants)));
        var inProcess = await RpcAssert.FailsWith(code, () =>
            InProcess.AsAsync(platform, grants, clients => call(clients.Create<ActorService.ActorServiceClient>(), default)));

        Assert.Equal(overTheNetwork.Status.Detail, inProcess.Status.Detail);
        Assert.Equal(overTheNetwork.GetRpcStatus(), inProcess.GetRpcStatus());
        return inProcess;
    }

    /// <summary>A client of any method by its names, sending the bytes it is given: for what no contract has or can read.</summary>
    private sealed class RawClient : ClientBase<RawClient>
    {
        private static readonly Marshaller<byte[]> Bytes = Marshallers.Create(bytes => bytes, bytes => bytes);

        public RawClient(CallInvoker callInvoker)
            : base(callInvoker)
        {
        }

        private RawClient(ClientBaseConfiguration configuration)
            : base(configuration)
        {
        }

        public AsyncUnaryCall<byte[]> CallAsync(string service, string method, byte[] request, CallOptions options, Marshaller<byte[]>? responses = null) =>
            CallInvoker.AsyncUnaryCall(new Method<byte[], byte[]>(MethodType.Unary, service, method, Bytes, responses ?? Bytes), null, options, request);

        protected override RawClient NewInstance(ClientBaseConfiguration configuration) => new(configuration);
    }
}
