using Grpc.Core;
using Platform.Contracts.Reporting.V1;
using Platform.Identity;
using Platform.Reporting.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Reporting.Tests.Plan;

/// <summary>The partnership's plan over real loopback HTTP/2, as a partner centre's system calls it.</summary>
[Collection(ReportingCollection.Name)]
public sealed class PlanServiceTests(ReportingPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    private PartnershipPlanService.PartnershipPlanServiceClient Plans => new(platform.Channel);

    private CallOptions Staff(string id) => platform.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, id));

    private CallOptions Coordinator(string code) => platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));

    [Fact]
    public async Task A_new_partnership_s_plan_is_the_six_default_workstreams_all_planned_for_every_member()
    {
        var codes = new[] { platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take() };
        var id = await Scenario.PartnershipWithMembersAsync(platform, codes);

        var plan = await Plans.GetPlanAsync(new GetPlanRequest { PartnershipId = id }, Staff(id));

        Assert.Equal(0, plan.Version);
        Assert.Equal(6, plan.Workstreams.Count);
        Assert.Equal("Etablere og organisere partnerskabet", plan.Workstreams[0].TitleDa);
        Assert.Equal("Being present in the local areas through dialogues, workshops and events", plan.Workstreams[5].TitleEn);
        Assert.Equal(WorkstreamTopic.Presence, plan.Workstreams[5].Topic);
        Assert.Equal(codes.Order(StringComparer.Ordinal), plan.MunicipalityCodes);
        Assert.All(plan.Workstreams, w => Assert.Equal(
            codes.Order(StringComparer.Ordinal).Select(code => (code, WorkstreamState.Planned, 0)),
            w.States.Select(s => (s.MunicipalityCode, s.State, s.Version))));
    }

    [Fact]
    public async Task Centre_staff_rename_add_and_remove_workstreams_and_members_states_on_kept_ones_stay()
    {
        var code = platform.MunicipalityCodes.Take();
        var id = await Scenario.PartnershipWithMembersAsync(platform, code);
        var plan = await Plans.GetPlanAsync(new GetPlanRequest { PartnershipId = id }, Staff(id));
        await Plans.SetMemberStateAsync(new SetMemberStateRequest
        {
            PartnershipId = id, MunicipalityCode = code, WorkstreamId = plan.Workstreams[2].Id, State = WorkstreamState.UnderWay, Note = "Tre foreninger med",
        }, Coordinator(code));

        var request = new UpdateWorkstreamsRequest { PartnershipId = id, ExpectedVersion = plan.Version };
        request.Workstreams.Add(plan.Workstreams.Where((_, i) => i != 0).Select(w => w.Clone()));
        request.Workstreams[0].TitleDa = "Kortlægge tiltag";
        request.Workstreams[0].StartDate = "2026-01-15";
        request.Workstreams[0].EndDate = "2026-06-30";
        request.Workstreams[0].Responsible = "Centerets konsulent";
        request.Workstreams.Add(new Workstream { TitleDa = "Børnenes stemmer", TitleEn = "Children's voices", Topic = WorkstreamTopic.Problems });
        foreach (var w in request.Workstreams)
        {
            w.States.Clear();
        }

        var saved = await Plans.UpdateWorkstreamsAsync(request, Staff(id));

        Assert.Equal(1, saved.Version);
        Assert.Equal(6, saved.Workstreams.Count);
        Assert.Equal(("Kortlægge tiltag", "2026-01-15", "2026-06-30", "Centerets konsulent"),
            (saved.Workstreams[0].TitleDa, saved.Workstreams[0].StartDate, saved.Workstreams[0].EndDate, saved.Workstreams[0].Responsible));
        Assert.Equal(plan.Workstreams[1].Id, saved.Workstreams[0].Id);
        Assert.DoesNotContain(saved.Workstreams, w => w.Id == plan.Workstreams[0].Id);
        var mobilising = saved.Workstreams.Single(w => w.Id == plan.Workstreams[2].Id).States.Single();
        Assert.Equal((WorkstreamState.UnderWay, "Tre foreninger med", 1), (mobilising.State, mobilising.Note, mobilising.Version));
        Assert.Equal("Børnenes stemmer", saved.Workstreams[5].TitleDa);
    }

    [Fact]
    public async Task A_coordinator_updates_its_own_state_and_quarterly_note_and_reads_only_its_own_in_the_member_view()
    {
        var code = platform.MunicipalityCodes.Take();
        var neighbour = platform.MunicipalityCodes.Take();
        var id = await Scenario.PartnershipWithMembersAsync(platform, code, neighbour);
        var plan = await Plans.GetPlanAsync(new GetPlanRequest { PartnershipId = id, MunicipalityCode = code }, Coordinator(code));

        var state = await Plans.SetMemberStateAsync(new SetMemberStateRequest
        {
            PartnershipId = id, MunicipalityCode = code, WorkstreamId = plan.Workstreams[0].Id, State = WorkstreamState.Done,
        }, Coordinator(code));
        var note = await Plans.WriteQuarterlyNoteAsync(new WriteQuarterlyNoteRequest
        {
            PartnershipId = id, MunicipalityCode = code, Period = new Quarter { Year = 2026, Quarter_ = 3 }, Text = "Styregruppen er nedsat.",
        }, Coordinator(code));
        var own = await Plans.GetPlanAsync(new GetPlanRequest { PartnershipId = id, MunicipalityCode = code }, Coordinator(code));
        var whole = await Plans.GetPlanAsync(new GetPlanRequest { PartnershipId = id }, Staff(id));

        Assert.Equal((WorkstreamState.Done, 1), (state.State, state.Version));
        Assert.Equal(1, note.Version);
        Assert.Equal([code], own.MunicipalityCodes);
        Assert.Equal(WorkstreamState.Done, own.Workstreams[0].States.Single().State);
        Assert.Equal("Styregruppen er nedsat.", own.Notes.Single().Text);
        Assert.Equal([WorkstreamState.Done, WorkstreamState.Planned],
            whole.Workstreams[0].States.OrderBy(s => s.MunicipalityCode == code ? 0 : 1).Select(s => s.State));
        Assert.Equal(code, whole.Notes.Single().MunicipalityCode);
    }

    [Fact]
    public async Task Viewers_only_read_and_no_one_touches_another_partnership_s_or_municipality_s_plan()
    {
        var code = platform.MunicipalityCodes.Take();
        var neighbour = platform.MunicipalityCodes.Take();
        var outsider = platform.MunicipalityCodes.Take();
        var id = await Scenario.PartnershipWithMembersAsync(platform, code, neighbour);
        var theirs = await Scenario.PartnershipWithMembersAsync(platform, outsider);
        var partnershipViewer = platform.As(RoleGrant.ForPartnership(PlatformRole.Viewer, id));
        var municipalityViewer = platform.As(RoleGrant.ForMunicipality(PlatformRole.Viewer, code));
        var plan = await Plans.GetPlanAsync(new GetPlanRequest { PartnershipId = id }, partnershipViewer);
        await Plans.GetPlanAsync(new GetPlanRequest { PartnershipId = id, MunicipalityCode = code }, municipalityViewer);
        var update = new UpdateWorkstreamsRequest { PartnershipId = id, Workstreams = { new Workstream { TitleDa = "A", TitleEn = "A" } } };
        SetMemberStateRequest State(string municipality) => new()
        {
            PartnershipId = id, MunicipalityCode = municipality, WorkstreamId = plan.Workstreams[0].Id, State = WorkstreamState.UnderWay,
        };

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Plans.UpdateWorkstreamsAsync(update, partnershipViewer).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Plans.UpdateWorkstreamsAsync(update, Coordinator(code)).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Plans.SetMemberStateAsync(State(code), municipalityViewer).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Plans.SetMemberStateAsync(State(code), Staff(id)).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Plans.SetMemberStateAsync(State(neighbour), Coordinator(code)).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Plans.GetPlanAsync(new GetPlanRequest { PartnershipId = theirs }, Staff(id)).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied,
            () => Plans.GetPlanAsync(new GetPlanRequest { PartnershipId = theirs, MunicipalityCode = outsider }, Coordinator(code)).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound,
            () => Plans.GetPlanAsync(new GetPlanRequest { PartnershipId = theirs, MunicipalityCode = code }, Coordinator(code)).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Plans.GetPlanAsync(new GetPlanRequest { PartnershipId = id }, Coordinator(code)).ResponseAsync);
    }

    [Fact]
    public async Task Invalid_requests_name_the_field_and_unknown_plans_or_workstreams_are_not_found()
    {
        var code = platform.MunicipalityCodes.Take();
        var id = await Scenario.PartnershipWithMembersAsync(platform, code);
        var workstream = new Workstream { TitleDa = "Dialogmøder", TitleEn = "Dialogue meetings", StartDate = "2026-05-01", EndDate = "2026-04-01" };
        var state = new SetMemberStateRequest { PartnershipId = id, MunicipalityCode = code, WorkstreamId = Guid.NewGuid().ToString(), State = WorkstreamState.Done };

        await RpcAssert.InvalidField("workstreams[0].end_date", () => Plans.UpdateWorkstreamsAsync(
            new UpdateWorkstreamsRequest { PartnershipId = id, Workstreams = { workstream } }, Staff(id)).ResponseAsync);
        await RpcAssert.InvalidField("workstreams[1].title_da", () => Plans.UpdateWorkstreamsAsync(
            new UpdateWorkstreamsRequest { PartnershipId = id, Workstreams = { new Workstream { TitleDa = "A", TitleEn = "A" }, new Workstream { TitleEn = "B" } } },
            Staff(id)).ResponseAsync);
        await RpcAssert.InvalidField("workstreams[0].id", () => Plans.UpdateWorkstreamsAsync(
            new UpdateWorkstreamsRequest { PartnershipId = id, Workstreams = { new Workstream { Id = Guid.NewGuid().ToString(), TitleDa = "A", TitleEn = "A" } } },
            Staff(id)).ResponseAsync);
        await RpcAssert.InvalidField("state", () => Plans.SetMemberStateAsync(
            new SetMemberStateRequest { PartnershipId = id, MunicipalityCode = code, WorkstreamId = state.WorkstreamId }, Coordinator(code)).ResponseAsync);
        await RpcAssert.InvalidField("workstream_id", () => Plans.SetMemberStateAsync(
            new SetMemberStateRequest { PartnershipId = id, MunicipalityCode = code, WorkstreamId = "tre", State = WorkstreamState.Done }, Coordinator(code)).ResponseAsync);
        await RpcAssert.InvalidField("text", () => Plans.WriteQuarterlyNoteAsync(new WriteQuarterlyNoteRequest
        {
            PartnershipId = id, MunicipalityCode = code, Period = new Quarter { Year = 2026, Quarter_ = 2 }, Text = new string('x', 1001),
        }, Coordinator(code)).ResponseAsync);
        await RpcAssert.InvalidField("period", () => Plans.WriteQuarterlyNoteAsync(new WriteQuarterlyNoteRequest
        {
            PartnershipId = id, MunicipalityCode = code, Period = new Quarter { Year = 2026, Quarter_ = 5 }, Text = "Godt i gang",
        }, Coordinator(code)).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Plans.SetMemberStateAsync(state, Coordinator(code)).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound,
            () => Plans.GetPlanAsync(new GetPlanRequest { PartnershipId = "p-findes-ikke" }, platform.AsAdmin()).ResponseAsync);
    }

    [Fact]
    public async Task The_second_of_two_saves_from_the_same_reading_is_refused_as_a_conflict_and_changes_nothing()
    {
        var code = platform.MunicipalityCodes.Take();
        var id = await Scenario.PartnershipWithMembersAsync(platform, code);
        var plan = await Plans.GetPlanAsync(new GetPlanRequest { PartnershipId = id }, Staff(id));
        UpdateWorkstreamsRequest Rename(string title) => new()
        {
            PartnershipId = id, ExpectedVersion = plan.Version,
            Workstreams = { new Workstream { Id = plan.Workstreams[0].Id, TitleDa = title, TitleEn = "Organising" } },
        };
        SetMemberStateRequest State(WorkstreamState value) => new()
        {
            PartnershipId = id, MunicipalityCode = code, WorkstreamId = plan.Workstreams[0].Id, State = value, ExpectedVersion = 0,
        };

        await Plans.UpdateWorkstreamsAsync(Rename("Først"), Staff(id));
        await RpcAssert.FailsWith(StatusCode.Aborted, () => Plans.UpdateWorkstreamsAsync(Rename("Anden"), Staff(id)).ResponseAsync);
        await Plans.SetMemberStateAsync(State(WorkstreamState.UnderWay), Coordinator(code));
        await RpcAssert.FailsWith(StatusCode.Aborted, () => Plans.SetMemberStateAsync(State(WorkstreamState.Done), Coordinator(code)).ResponseAsync);
        var after = await Plans.GetPlanAsync(new GetPlanRequest { PartnershipId = id }, Staff(id));

        Assert.Equal(("Først", 1), (after.Workstreams.Single().TitleDa, after.Version));
        Assert.Equal(WorkstreamState.UnderWay, after.Workstreams.Single().States.Single().State);
    }
}
