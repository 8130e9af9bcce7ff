using Grpc.Core;
using Platform.Contracts.Core.V1;
using Platform.Core.Tests.Infrastructure;
using Platform.Testing;
using Platform.Identity;
using Platform.SampleModule.V1;

namespace Platform.Core.Tests.Tenancy;

[Collection(PlatformCollection.Name)]
public sealed class TenantIsolationTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    private NoteService.NoteServiceClient Notes => new(platform.Channel);

    [Fact]
    public async Task A_coordinator_of_one_municipality_is_denied_another_municipality()
    {
        await Scenario.PartnershipWithMembersAsync(platform, "0159", "0161");
        var coordinator = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, "0159"));
        var municipalities = new MunicipalityService.MunicipalityServiceClient(platform.Channel);

        var own = await municipalities.GetMunicipalityAsync(new GetMunicipalityRequest { Code = "0159" }, coordinator);
        Assert.Equal("Gladsaxe", own.Name);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            municipalities.GetMunicipalityAsync(new GetMunicipalityRequest { Code = "0161" }, coordinator).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            municipalities.AddLocalAreaAsync(new AddLocalAreaRequest { Code = "0161", Name = "Centrum" }, coordinator).ResponseAsync);
        var listed = await municipalities.ListMunicipalitiesAsync(new ListMunicipalitiesRequest(), coordinator);
        Assert.Equal(["0159"], listed.Municipalities.Select(m => m.Code));
    }

    [Fact]
    public async Task A_member_reads_and_writes_only_the_notes_of_their_own_municipality()
    {
        await Scenario.PartnershipWithMembersAsync(platform, "0163", "0165");
        var memberOfA = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, "0163"));
        var memberOfB = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, "0165"));
        await Notes.AddNoteAsync(new AddNoteRequest { MunicipalityCode = "0163", Text = "Idrætsforening vil være med" }, memberOfA);
        await Notes.AddNoteAsync(new AddNoteRequest { MunicipalityCode = "0165", Text = "Biblioteket har lokaler" }, memberOfB);

        var ownNotes = await Notes.ListNotesAsync(new ListNotesRequest { MunicipalityCode = "0163" }, memberOfA);
        Assert.Equal(["Idrætsforening vil være med"], ownNotes.Notes.Select(n => n.Text));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            Notes.ListNotesAsync(new ListNotesRequest { MunicipalityCode = "0165" }, memberOfA).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            Notes.AddNoteAsync(new AddNoteRequest { MunicipalityCode = "0165", Text = "Sneaky" }, memberOfA).ResponseAsync);
        var othersNotes = await Notes.ListNotesAsync(new ListNotesRequest { MunicipalityCode = "0165" }, memberOfB);
        Assert.Equal(["Biblioteket har lokaler"], othersNotes.Notes.Select(n => n.Text));
    }

    [Fact]
    public async Task Partnership_staff_see_counts_across_members_but_not_a_municipality_s_notes()
    {
        var id = await Scenario.PartnershipWithMembersAsync(platform, "0167", "0169");
        await Scenario.PartnershipWithMembersAsync(platform, "0173");
        await Notes.AddNoteAsync(new AddNoteRequest { MunicipalityCode = "0167", Text = "a", AuthorEmail = "a@x.dk" }, platform.AsAdmin());
        await Notes.AddNoteAsync(new AddNoteRequest { MunicipalityCode = "0167", Text = "b" }, platform.AsAdmin());
        await Notes.AddNoteAsync(new AddNoteRequest { MunicipalityCode = "0169", Text = "c" }, platform.AsAdmin());
        await Notes.AddNoteAsync(new AddNoteRequest { MunicipalityCode = "0173", Text = "not a member" }, platform.AsAdmin());
        var staff = platform.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, id));

        var counts = await Notes.CountNotesInPartnershipAsync(new CountNotesInPartnershipRequest { PartnershipId = id }, staff);

        Assert.Equal(new Dictionary<string, int> { ["0167"] = 2, ["0169"] = 1 }, counts.NotesByMunicipality);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            Notes.ListNotesAsync(new ListNotesRequest { MunicipalityCode = "0167" }, staff).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            Notes.ListNotesAsync(new ListNotesRequest { MunicipalityCode = "0173" }, staff).ResponseAsync);
    }

    [Fact]
    public async Task Staff_of_another_partnership_cannot_read_this_one()
    {
        var id = await Scenario.PartnershipWithMembersAsync(platform, "0175");
        var otherStaff = platform.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, "some-other-partnership"));

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            new PartnershipService.PartnershipServiceClient(platform.Channel).GetPartnershipAsync(new GetPartnershipRequest { Id = id }, otherStaff).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            Notes.CountNotesInPartnershipAsync(new CountNotesInPartnershipRequest { PartnershipId = id }, otherStaff).ResponseAsync);
    }
}
