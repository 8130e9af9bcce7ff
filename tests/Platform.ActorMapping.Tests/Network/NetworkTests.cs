using Grpc.Core;
using Platform.ActorMapping.Tests.Infrastructure;
using Platform.Contracts.ActorMapping.V1;
using Platform.Testing;

namespace Platform.ActorMapping.Tests.Network;

[Collection(PlatformCollection.Name)]
public sealed class NetworkTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    private NetworkService.NetworkServiceClient Service => new(platform.Channel);

    [Fact]
    public async Task The_network_holds_actors_initiatives_and_their_relations_with_degrees_and_the_most_connected_actors_first()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var school = await ActorFactory.CreateAsync(platform, code, ActorFactory.Fields("Skolen", Sector.Municipal, "school"));
        var club = await ActorFactory.CreateAsync(platform, code, ActorFactory.Fields("Klubben"));
        var shop = await ActorFactory.CreateAsync(platform, code, ActorFactory.Fields("Købmanden", Sector.Private, "shop"));
        await ActorFactory.CreateAsync(platform, code, ActorFactory.Fields("Alene"));
        var initiative = await InitiativeFactory.CreateAsync(platform, code, InitiativeFactory.Fields("Aktiv frikvarter", ownerActorId: school.Id, partnerActorIds: [club.Id]));
        await Relate(school, club, RelationKind.CollaboratesWith);
        await Relate(shop, club, RelationKind.Funds);

        var network = await Service.GetNetworkAsync(new GetNetworkRequest { MunicipalityCode = code, Top = 2 }, platform.AsAdmin());

        var degree = network.Nodes.ToDictionary(n => n.Label, n => n.Degree);
        Assert.Equal(new Dictionary<string, int> { ["Aktiv frikvarter"] = 2, ["Alene"] = 0, ["Klubben"] = 3, ["Købmanden"] = 1, ["Skolen"] = 2 }, degree);
        Assert.Equal(4, network.Edges.Count);
        Assert.Contains(network.Edges, e => e.FromId == school.Id && e.ToId == initiative.Id && e.Kind == RelationKind.Owns);
        Assert.Equal(["Klubben", "Skolen"], network.MostConnectedActors.Select(a => a.Label));
        Assert.Equal("private", network.Nodes.Single(n => n.Label == "Købmanden").Group);
        Assert.Equal(4 / 10.0, network.Density, 6);
    }

    [Fact]
    public async Task A_relation_is_refused_twice_also_reversed_for_collaboration_and_between_an_actor_and_itself_and_can_be_removed()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var a = await ActorFactory.CreateAsync(platform, code, ActorFactory.Fields("A"));
        var b = await ActorFactory.CreateAsync(platform, code, ActorFactory.Fields("B"));
        var relation = await Relate(a, b, RelationKind.CollaboratesWith);

        await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => Relate(b, a, RelationKind.CollaboratesWith));
        await Relate(b, a, RelationKind.RefersTo);
        await RpcAssert.InvalidField("to_actor_id", () => Relate(a, a, RelationKind.Funds));
        await RpcAssert.InvalidField("kind", () => Relate(a, b, RelationKind.Owns));
        await RpcAssert.InvalidField("to_actor_id", () => Service.AddRelationAsync(new AddRelationRequest
        {
            MunicipalityCode = code, FromActorId = a.Id, ToActorId = Guid.NewGuid().ToString(), Kind = RelationKind.Funds,
        }, platform.AsAdmin()).ResponseAsync);
        await Service.RemoveRelationAsync(new RemoveRelationRequest { MunicipalityCode = code, Id = relation.Id }, platform.AsAdmin());
        var left = await Service.ListRelationsAsync(new ListRelationsRequest { MunicipalityCode = code, ActorId = a.Id }, platform.AsAdmin());

        Assert.Equal([RelationKind.RefersTo], left.Relations.Select(r => r.Kind));
        await RpcAssert.FailsWith(StatusCode.NotFound, () =>
            Service.RemoveRelationAsync(new RemoveRelationRequest { MunicipalityCode = code, Id = relation.Id }, platform.AsAdmin()).ResponseAsync);
    }

    [Fact]
    public async Task The_coverage_counts_actors_and_initiatives_per_arena_and_theme_and_marks_every_cell_without_an_initiative_as_a_gap()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var north = await LocalAreas.AddAsync(platform, code, "Nord");
        var south = await LocalAreas.AddAsync(platform, code, "Syd");
        await ActorFactory.CreateAsync(platform, code, ActorFactory.Fields("Skole N", arenas: ["school"], themes: ["sleep", "food-and-meals"], localAreaId: north));
        await ActorFactory.CreateAsync(platform, code, ActorFactory.Fields("Skole S", arenas: ["school"], themes: ["sleep"], localAreaId: south));
        await InitiativeFactory.CreateAsync(platform, code, InitiativeFactory.Fields("Søvnuge", ["sleep"], ["school", "home"], localAreaId: north));
        await InitiativeFactory.CreateAsync(platform, code, InitiativeFactory.Fields("Gårdhaven", ["outdoor-play"], ["allotment"]));

        var all = await Service.GetCoverageAsync(new GetCoverageRequest { MunicipalityCode = code }, platform.AsAdmin());
        var inSouth = await Service.GetCoverageAsync(new GetCoverageRequest { MunicipalityCode = code, LocalAreaId = south }, platform.AsAdmin());

        CoverageCell Cell(Coverage coverage, string arena, string theme) => coverage.Cells.Single(c => c.Arena == arena && c.Theme == theme);
        Assert.Equal(("school", "sleep", 2, 1, false), Tuple(Cell(all, "school", "sleep")));
        Assert.Equal(("school", "food-and-meals", 1, 0, true), Tuple(Cell(all, "school", "food-and-meals")));
        Assert.Equal(("school", "sleep", 1, 0, true), Tuple(Cell(inSouth, "school", "sleep")));
        Assert.Equal("allotment", all.Arenas[^1]);
        Assert.Equal("outdoor-play", all.Themes[^1]);
        Assert.Equal(all.Arenas.Count * all.Themes.Count, all.Cells.Count);
        Assert.Equal(all.Cells.Count - 3, all.GapCount);
        Assert.Equal(inSouth.Cells.Count - 1, inSouth.GapCount);
    }

    private static (string, string, int, int, bool) Tuple(CoverageCell cell) => (cell.Arena, cell.Theme, cell.Actors, cell.Initiatives, cell.Gap);

    private Task<Relation> Relate(Actor from, Actor to, RelationKind kind) =>
        Service.AddRelationAsync(new AddRelationRequest { MunicipalityCode = from.MunicipalityCode, FromActorId = from.Id, ToActorId = to.Id, Kind = kind }, platform.AsAdmin()).ResponseAsync;
}
