using Grpc.Core;
using Platform.ActorMapping.Tests.Infrastructure;
using Platform.Contracts.ActorMapping.V1;
using Platform.Testing;

namespace Platform.ActorMapping.Tests.Initiatives;

[Collection(PlatformCollection.Name)]
public sealed class InitiativeTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    private InitiativeService.InitiativeServiceClient Service => new(platform.Channel);

    [Fact]
    public async Task An_initiative_keeps_its_owner_partners_venue_area_reach_and_dates_and_is_found_by_its_actors()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var area = await LocalAreas.AddAsync(platform, code, "Strandområdet");
        var school = await ActorFactory.CreateAsync(platform, code, ActorFactory.Fields("Strandskolen", Sector.Municipal, "school"));
        var club = await ActorFactory.CreateAsync(platform, code, ActorFactory.Fields("IF Strand"));
        var library = await ActorFactory.CreateAsync(platform, code, ActorFactory.Fields("Biblioteket", Sector.Municipal, "library"));
        var fields = InitiativeFactory.Fields("Legepatruljen", ["physical-activity", "community-and-belonging"], ["school"], school.Id, [club.Id], area, reach: 240);
        fields.VenueActorIds.Add(library.Id);
        fields.StartDate = new Google.Type.Date { Year = 2026, Month = 8, Day = 10 };
        fields.EndDate = new Google.Type.Date { Year = 2027, Month = 6, Day = 25 };

        var created = await InitiativeFactory.CreateAsync(platform, code, fields);
        var read = await Service.GetInitiativeAsync(new GetInitiativeRequest { MunicipalityCode = code, Id = created.Id }, platform.AsAdmin());
        var byClub = await Service.ListInitiativesAsync(new ListInitiativesRequest { MunicipalityCode = code, ActorId = club.Id }, platform.AsAdmin());
        var byOtherTheme = await Service.ListInitiativesAsync(new ListInitiativesRequest { MunicipalityCode = code, Theme = "sleep" }, platform.AsAdmin());

        Assert.Equal(fields, read.Fields);
        Assert.Equal(1, read.Version);
        Assert.Equal([created.Id], byClub.Initiatives.Select(i => i.Id));
        Assert.Empty(byOtherTheme.Initiatives);
    }

    [Fact]
    public async Task Unknown_actors_another_municipality_s_actor_a_foreign_area_and_an_end_before_the_start_are_refused_naming_each_field()
    {
        var code = platform.MunicipalityCodes.Take();
        var neighbour = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code, neighbour);
        var foreign = await ActorFactory.CreateAsync(platform, neighbour, ActorFactory.Fields("Naboklubben"));
        var foreignArea = await LocalAreas.AddAsync(platform, neighbour, "Nabobyen");
        var fields = InitiativeFactory.Fields("Sund frokost", ownerActorId: Guid.NewGuid().ToString(), partnerActorIds: [foreign.Id], localAreaId: foreignArea);
        fields.StartDate = new Google.Type.Date { Year = 2026, Month = 9, Day = 1 };
        fields.EndDate = new Google.Type.Date { Year = 2026, Month = 8, Day = 1 };
        var create = () => Service.CreateInitiativeAsync(new CreateInitiativeRequest { MunicipalityCode = code, Fields = fields }, platform.AsAdmin()).ResponseAsync;

        await RpcAssert.InvalidField("fields.end_date", create);
        fields.EndDate = null;
        await RpcAssert.InvalidField("fields.local_area_id", create);
        fields.LocalAreaId = "";
        await RpcAssert.InvalidField("fields.owner_actor_id", create);
        await RpcAssert.InvalidField("fields.partner_actor_ids[0]", create);
        fields.Kind = InitiativeKind.Unspecified;
        await RpcAssert.InvalidField("fields.kind", create);
        var list = await Service.ListInitiativesAsync(new ListInitiativesRequest { MunicipalityCode = code }, platform.AsAdmin());
        Assert.Equal(0, list.TotalCount);
    }

    [Fact]
    public async Task A_stale_update_is_aborted_and_a_current_one_replaces_partners_and_bumps_the_version()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var a = await ActorFactory.CreateAsync(platform, code, ActorFactory.Fields("A"));
        var b = await ActorFactory.CreateAsync(platform, code, ActorFactory.Fields("B"));
        var created = await InitiativeFactory.CreateAsync(platform, code, InitiativeFactory.Fields("Madskole", partnerActorIds: [a.Id]));
        var changed = created.Fields.Clone();
        changed.PartnerActorIds.Clear();
        changed.PartnerActorIds.Add(b.Id);
        changed.Engagement = PartnershipEngagement.Enlarge;

        var updated = await Service.UpdateInitiativeAsync(new UpdateInitiativeRequest { MunicipalityCode = code, Id = created.Id, Fields = changed, ExpectedVersion = 1 }, platform.AsAdmin());
        await RpcAssert.FailsWith(StatusCode.Aborted, () => Service.UpdateInitiativeAsync(
            new UpdateInitiativeRequest { MunicipalityCode = code, Id = created.Id, Fields = created.Fields, ExpectedVersion = 1 }, platform.AsAdmin()).ResponseAsync);
        var archived = await Service.ArchiveInitiativeAsync(new ArchiveInitiativeRequest { MunicipalityCode = code, Id = created.Id, Archived = true, ExpectedVersion = 2 }, platform.AsAdmin());
        var listed = await Service.ListInitiativesAsync(new ListInitiativesRequest { MunicipalityCode = code }, platform.AsAdmin());

        Assert.Equal([b.Id], updated.Fields.PartnerActorIds);
        Assert.Equal(PartnershipEngagement.Enlarge, updated.Fields.Engagement);
        Assert.Equal(2, updated.Version);
        Assert.True(archived.Archived);
        Assert.Empty(listed.Initiatives);
    }
}
