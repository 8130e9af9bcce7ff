using Platform.ActorMapping.Tests.Infrastructure;
using Platform.Contracts.ActorMapping.V1;
using Platform.Identity;
using Platform.Testing;

namespace Platform.ActorMapping.Tests.Mobilisation;

[Collection(PlatformCollection.Name)]
public sealed class MobilisationTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    private ActorService.ActorServiceClient Service => new(platform.Channel);

    [Fact]
    public async Task Moving_an_actor_through_the_stages_records_who_moved_it_when_and_why()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var member = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, code));
        var actor = await ActorFactory.CreateAsync(platform, code, ActorFactory.Fields("Boligsocial helhedsplan"), member);
        Assert.Equal(MobilisationStage.Identified, actor.Stage);

        var contacted = await Service.MoveStageAsync(new MoveStageRequest
        {
            MunicipalityCode = code, Id = actor.Id, Stage = MobilisationStage.Contacted, Note = "Ringet til lederen", ExpectedVersion = actor.Version,
        }, member);
        var engaged = await Service.MoveStageAsync(new MoveStageRequest
        {
            MunicipalityCode = code, Id = actor.Id, Stage = MobilisationStage.Engaged, ExpectedVersion = contacted.Version,
        }, member);

        Assert.Equal(MobilisationStage.Engaged, engaged.Stage);
        Assert.Equal(
            [(MobilisationStage.Identified, MobilisationStage.Contacted, "Ringet til lederen"), (MobilisationStage.Contacted, MobilisationStage.Engaged, "")],
            engaged.History.Select(h => (h.From, h.To, h.Note)));
        Assert.All(engaged.History, h => Assert.StartsWith($"test-member@municipality:{code}", h.ChangedBy));
        await RpcAssert.InvalidField("stage", () => Service.MoveStageAsync(new MoveStageRequest
        {
            MunicipalityCode = code, Id = actor.Id, ExpectedVersion = engaged.Version,
        }, member).ResponseAsync);
    }

    [Fact]
    public async Task The_funnel_counts_actors_per_stage_for_the_municipality_and_per_local_area()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var nord = await LocalAreas.AddAsync(platform, code, "Nord");
        var syd = await LocalAreas.AddAsync(platform, code, "Syd");
        var north = await ActorFactory.CreateAsync(platform, code, ActorFactory.Fields("A", localAreaId: nord));
        await ActorFactory.CreateAsync(platform, code, ActorFactory.Fields("B", localAreaId: nord));
        await ActorFactory.CreateAsync(platform, code, ActorFactory.Fields("C", localAreaId: syd));
        await Service.MoveStageAsync(new MoveStageRequest
        {
            MunicipalityCode = code, Id = north.Id, Stage = MobilisationStage.ActivePartner, ExpectedVersion = north.Version,
        }, platform.AsAdmin());

        var funnel = await Service.GetFunnelAsync(new GetFunnelRequest { MunicipalityCode = code }, platform.AsAdmin());

        Assert.Equal([2, 0, 0, 1, 0], funnel.Steps.Select(s => s.Actors));
        Assert.Equal(new[] { nord, syd }.Order(StringComparer.Ordinal), funnel.Areas.Select(a => a.LocalAreaId));
        Assert.Equal([1, 0, 0, 1, 0], funnel.Areas.Single(a => a.LocalAreaId == nord).Steps.Select(s => s.Actors));
        Assert.Equal([1, 0, 0, 0, 0], funnel.Areas.Single(a => a.LocalAreaId == syd).Steps.Select(s => s.Actors));
    }
}
