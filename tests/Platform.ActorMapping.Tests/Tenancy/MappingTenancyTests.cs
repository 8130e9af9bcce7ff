using Grpc.Core;
using Platform.ActorMapping.Tests.Infrastructure;
using Platform.Contracts.ActorMapping.V1;
using Platform.Identity;
using Platform.Testing;

namespace Platform.ActorMapping.Tests.Tenancy;

[Collection(PlatformCollection.Name)]
public sealed class MappingTenancyTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task Initiatives_relations_coverage_network_and_imports_stay_within_the_municipality_and_staff_only_read_them()
    {
        var mapped = platform.MunicipalityCodes.Take();
        var other = platform.MunicipalityCodes.Take();
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, mapped, other);
        var a = await ActorFactory.CreateAsync(platform, mapped, ActorFactory.Fields("A"));
        var b = await ActorFactory.CreateAsync(platform, mapped, ActorFactory.Fields("B"));
        var initiative = await InitiativeFactory.CreateAsync(platform, mapped, InitiativeFactory.Fields("Tiltag", ownerActorId: a.Id));
        var memberOfOther = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, other));
        var staff = platform.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, partnership));
        var initiatives = new InitiativeService.InitiativeServiceClient(platform.Channel);
        var network = new NetworkService.NetworkServiceClient(platform.Channel);
        var actors = new ActorService.ActorServiceClient(platform.Channel);

        var seenByStaff = await network.GetNetworkAsync(new GetNetworkRequest { MunicipalityCode = mapped }, staff);
        var readByStaff = await initiatives.GetInitiativeAsync(new GetInitiativeRequest { MunicipalityCode = mapped, Id = initiative.Id }, staff);

        Assert.Equal(3, seenByStaff.Nodes.Count);
        Assert.Equal("Tiltag", readByStaff.Fields.Name);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => initiatives.ListInitiativesAsync(new ListInitiativesRequest { MunicipalityCode = mapped }, memberOfOther).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => network.GetCoverageAsync(new GetCoverageRequest { MunicipalityCode = mapped }, memberOfOther).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => actors.ExportActorsAsync(new ExportActorsRequest { MunicipalityCode = mapped }, memberOfOther).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => network.AddRelationAsync(
            new AddRelationRequest { MunicipalityCode = mapped, FromActorId = a.Id, ToActorId = b.Id, Kind = RelationKind.Funds }, staff).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => actors.ImportActorsAsync(
            new ImportActorsRequest { MunicipalityCode = mapped, Csv = Google.Protobuf.ByteString.CopyFromUtf8("Navn;Sektor;Kategori\nX;privat;butik\n") }, staff).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => initiatives.GetInitiativeAsync(new GetInitiativeRequest { MunicipalityCode = other, Id = initiative.Id }, platform.AsAdmin()).ResponseAsync);
        await RpcAssert.InvalidField("fields.owner_actor_id", () => initiatives.CreateInitiativeAsync(
            new CreateInitiativeRequest { MunicipalityCode = other, Fields = InitiativeFactory.Fields("Lån af nabo", ownerActorId: a.Id) }, platform.AsAdmin()).ResponseAsync);
    }

    [Fact]
    public async Task An_actor_s_local_area_must_be_an_active_area_of_its_own_municipality()
    {
        var code = platform.MunicipalityCodes.Take();
        var neighbour = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code, neighbour);
        var own = await LocalAreas.AddAsync(platform, code, "Vest");
        var foreign = await LocalAreas.AddAsync(platform, neighbour, "Vest");

        var actor = await ActorFactory.CreateAsync(platform, code, ActorFactory.Fields("Klub", localAreaId: own));

        Assert.Equal(own, actor.Fields.LocalAreaId);
        await RpcAssert.InvalidField("fields.local_area_id", () => ActorFactory.CreateAsync(platform, code, ActorFactory.Fields("Klub 2", localAreaId: foreign)));
        await RpcAssert.InvalidField("fields.local_area_id", () => ActorFactory.CreateAsync(platform, code, ActorFactory.Fields("Klub 3", localAreaId: "no-such-area")));
    }
}
