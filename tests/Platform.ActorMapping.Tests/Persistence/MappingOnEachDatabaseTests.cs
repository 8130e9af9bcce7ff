using Google.Protobuf;
using Grpc.Core;
using Platform.ActorMapping.Tests.Infrastructure;
using Platform.Contracts.ActorMapping.V1;
using Platform.Sdk.Data;
using Platform.Testing;

namespace Platform.ActorMapping.Tests.Persistence;

public sealed class MappingOnEachDatabaseTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Initiatives_relations_coverage_network_and_imports_work_alike_on_each_database(DatabaseProvider provider)
    {
        await using var own = await TestPlatform.StartAsync(settings: await TestDatabases.NewDatabaseAsync(provider));
        var code = own.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(own, code);
        var area = await LocalAreas.AddAsync(own, code, "Centrum");
        var actors = new ActorService.ActorServiceClient(own.Channel);
        var initiatives = new InitiativeService.InitiativeServiceClient(own.Channel);
        var network = new NetworkService.NetworkServiceClient(own.Channel);

        await RpcAssert.FailsWith(StatusCode.InvalidArgument, () => actors.ImportActorsAsync(new ImportActorsRequest
        {
            MunicipalityCode = code, Csv = ByteString.CopyFromUtf8("Navn;Sektor;Kategori;Lokalområde\nSkolen;kommunal;skole;Centrum\nKlubben;forkert;forening;\n"),
        }, own.AsAdmin()).ResponseAsync);
        var imported = await actors.ImportActorsAsync(new ImportActorsRequest
        {
            MunicipalityCode = code, Csv = ByteString.CopyFromUtf8("Navn;Sektor;Kategori;Lokalområde;Temaer\nSkolen;kommunal;skole;Centrum;sleep\nKlubben;civilsamfund;forening;;sleep, physical-activity\n"),
        }, own.AsAdmin());
        var listed = (await actors.ListActorsAsync(new ListActorsRequest { MunicipalityCode = code, Theme = "sleep" }, own.AsAdmin())).Actors;
        var (club, school) = (listed[0], listed[1]);
        var created = await initiatives.CreateInitiativeAsync(new CreateInitiativeRequest
        {
            MunicipalityCode = code, Fields = InitiativeFactory.Fields("Sovetid", ["sleep"], ["school"], school.Id, [club.Id], area, reach: 80),
        }, own.AsAdmin());
        var changed = created.Fields.Clone();
        changed.PartnerActorIds.Clear();
        changed.VenueActorIds.Add(club.Id);
        await initiatives.UpdateInitiativeAsync(new UpdateInitiativeRequest { MunicipalityCode = code, Id = created.Id, Fields = changed, ExpectedVersion = 1 }, own.AsAdmin());
        await network.AddRelationAsync(new AddRelationRequest { MunicipalityCode = code, FromActorId = school.Id, ToActorId = club.Id, Kind = RelationKind.Hosts }, own.AsAdmin());

        var byClub = await initiatives.ListInitiativesAsync(new ListInitiativesRequest { MunicipalityCode = code, ActorId = club.Id, Theme = "sleep", LocalAreaId = area }, own.AsAdmin());
        var coverage = await network.GetCoverageAsync(new GetCoverageRequest { MunicipalityCode = code }, own.AsAdmin());
        var graph = await network.GetNetworkAsync(new GetNetworkRequest { MunicipalityCode = code }, own.AsAdmin());

        Assert.Equal(2, imported.Imported);
        Assert.Equal(["Klubben", "Skolen"], listed.Select(a => a.Fields.Name));
        Assert.Equal(area, school.Fields.LocalAreaId);
        var found = Assert.Single(byClub.Initiatives);
        Assert.Equal([club.Id], found.Fields.VenueActorIds);
        Assert.Equal((0, 2L), (found.Fields.PartnerActorIds.Count, found.Version));
        var schoolSleep = coverage.Cells.Single(c => c.Arena == "school" && c.Theme == "sleep");
        Assert.Equal((0, 1, false), (schoolSleep.Actors, schoolSleep.Initiatives, schoolSleep.Gap));
        Assert.Equal([("Klubben", 2), ("Skolen", 2), ("Sovetid", 2)], graph.Nodes.Select(n => (n.Label, n.Degree)));
    }
}
