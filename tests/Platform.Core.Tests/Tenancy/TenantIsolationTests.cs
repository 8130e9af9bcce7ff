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
        var coordinated = platform.MunicipalityCodes.Take();
        var other = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, coordinated, other);
        var coordinator = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, coordinated));
        var municipalities = new MunicipalityService.MunicipalityServiceClient(platform.Channel);

        var own = await municipalities.GetMunicipalityAsync(new GetMunicipalityRequest { Code = coordinated }, coordinator);
        Assert.Equal(MunicipalityCodes.NameOf(coordinated), own.Name);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            municipalities.GetMunicipalityAsync(new GetMunicipalityRequest { Code = other }, coordinator).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            municipalities.AddLocalAreaAsync(new AddLocalAreaRequest { Code = other, Name = "Centrum" }, coordinator).ResponseAsync);
        var listed = await municipalities.ListMunicipalitiesAsync(new ListMunicipalitiesRequest(), coordinator);
        Assert.Equal([coordinated], listed.Municipalities.Select(m => m.Code));
    }

    [Fact]
    public async Task A_member_reads_and_writes_only_the_notes_of_their_own_municipality()
    {
        var a = platform.MunicipalityCodes.Take();
        var b = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, a, b);
        var memberOfA = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, a));
        var memberOfB = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, b));
        await Notes.AddNoteAsync(new AddNoteRequest { MunicipalityCode = a, Text = "Idrætsforening vil være med" }, memberOfA);
        await Notes.AddNoteAsync(new AddNoteRequest { MunicipalityCode = b, Text = "Biblioteket har lokaler" }, memberOfB);

        var ownNotes = await Notes.ListNotesAsync(new ListNotesRequest { MunicipalityCode = a }, memberOfA);
        Assert.Equal(["Idrætsforening vil være med"], ownNotes.Notes.Select(n => n.Text));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            Notes.ListNotesAsync(new ListNotesRequest { MunicipalityCode = b }, memberOfA).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            Notes.AddNoteAsync(new AddNoteRequest { MunicipalityCode = b, Text = "Sneaky" }, memberOfA).ResponseAsync);
        var othersNotes = await Notes.ListNotesAsync(new ListNotesRequest { MunicipalityCode = b }, memberOfB);
        Assert.Equal(["Biblioteket har lokaler"], othersNotes.Notes.Select(n => n.Text));
    }

    [Fact]
    public async Task Partnership_staff_see_counts_across_members_but_not_a_municipality_s_notes()
    {
        var first = platform.MunicipalityCodes.Take();
        var second = platform.MunicipalityCodes.Take();
        var outsider = platform.MunicipalityCodes.Take();
        var id = await Scenario.PartnershipWithMembersAsync(platform, first, second);
        await Scenario.PartnershipWithMembersAsync(platform, outsider);
        await Notes.AddNoteAsync(new AddNoteRequest { MunicipalityCode = first, Text = "a", AuthorEmail = "a@x.dk" }, platform.AsAdmin());
        await Notes.AddNoteAsync(new AddNoteRequest { MunicipalityCode = first, Text = "b" }, platform.AsAdmin());
        await Notes.AddNoteAsync(new AddNoteRequest { MunicipalityCode = second, Text = "c" }, platform.AsAdmin());
        await Notes.AddNoteAsync(new AddNoteRequest { MunicipalityCode = outsider, Text = "not a member" }, platform.AsAdmin());
        var staff = platform.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, id));

        var counts = await Notes.CountNotesInPartnershipAsync(new CountNotesInPartnershipRequest { PartnershipId = id }, staff);

        Assert.Equal(new Dictionary<string, int> { [first] = 2, [second] = 1 }, counts.NotesByMunicipality);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            Notes.ListNotesAsync(new ListNotesRequest { MunicipalityCode = first }, staff).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            Notes.ListNotesAsync(new ListNotesRequest { MunicipalityCode = outsider }, staff).ResponseAsync);
    }

    [Fact]
    public async Task Staff_of_another_partnership_cannot_read_this_one()
    {
        var code = platform.MunicipalityCodes.Take();
        var id = await Scenario.PartnershipWithMembersAsync(platform, code);
        var otherStaff = platform.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, "some-other-partnership"));

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            new PartnershipService.PartnershipServiceClient(platform.Channel).GetPartnershipAsync(new GetPartnershipRequest { Id = id }, otherStaff).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            Notes.CountNotesInPartnershipAsync(new CountNotesInPartnershipRequest { PartnershipId = id }, otherStaff).ResponseAsync);
    }
}
