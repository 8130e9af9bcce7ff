using System.Buffers.Text;
using System.Security.Cryptography;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Core.V1;
using Platform.Core.Tests.Infrastructure;
using Platform.Identity;
using Platform.Testing;

namespace Platform.Core.Tests.People;

[Collection(PlatformCollection.Name)]
public sealed class PeopleServiceTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;
    private readonly PeopleCalls people = new(shared.Platform);

    [Fact]
    public async Task An_invitation_returns_a_one_time_link_whose_token_the_database_holds_only_as_its_sha_256_hash()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var email = PeopleCalls.NewEmail("Mette");

        var invited = await people.InviteAsync("  " + email + " ", RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));

        var link = new Uri(invited.SignInLink);
        Assert.StartsWith("/sign-in/", link.AbsolutePath, StringComparison.Ordinal);
        var token = Base64Url.DecodeFromChars(link.AbsolutePath.AsSpan("/sign-in/".Length));
        Assert.Equal(32, token.Length);
        Assert.Equal(email.ToLowerInvariant(), invited.Person.Email);
        Assert.Equal(PersonStatus.Invited, invited.Person.Status);
        Assert.Equal([$"coordinator@municipality:{code}"], invited.Person.Grants);
        Assert.InRange(invited.ExpiresAt.ToDateTimeOffset() - DateTimeOffset.UtcNow, TimeSpan.FromHours(71.9), TimeSpan.FromHours(72));
        await using var db = people.Database();
        var stored = await db.Invitations.SingleAsync(i => i.PersonId == Guid.Parse(invited.Person.Id));
        Assert.Equal(SHA256.HashData(token), stored.TokenHash);
        Assert.Null(stored.UsedAt);
    }

    [Fact]
    public async Task A_coordinator_sees_only_the_people_of_their_own_municipality_and_only_their_grants_there()
    {
        var (own, other) = (platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take());
        await Scenario.PartnershipWithMembersAsync(platform, own, other);
        var coordinator = await people.InviteAsync(PeopleCalls.NewEmail("coordinator"), RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, own));
        var otherMember = await people.InviteAsync(PeopleCalls.NewEmail("other"), RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, other));
        var both = await people.InviteAsync(PeopleCalls.NewEmail("both"),
            RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, own), RoleGrant.ForMunicipality(PlatformRole.Viewer, other));
        var asCoordinator = people.AsPerson(coordinator.Person.Id);

        var listed = await people.Client.ListPeopleAsync(new ListPeopleRequest(), asCoordinator);

        Assert.Equal(
            new[] { (both.Person.Id, $"member@municipality:{own}"), (coordinator.Person.Id, $"coordinator@municipality:{own}") }.OrderBy(p => p.Item1),
            listed.People.Select(p => (p.Id, string.Join(' ', p.Grants))).OrderBy(p => p.Item1));
        Assert.DoesNotContain(listed.People, p => p.Id == otherMember.Person.Id);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            people.Client.ListPeopleAsync(new ListPeopleRequest { MunicipalityCode = other }, asCoordinator).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => people.Client.ChangeGrantsAsync(
            new ChangeGrantsRequest { Person = otherMember.Person.Email, Add = { $"viewer@municipality:{own}" } }, asCoordinator).ResponseAsync);
    }

    [Fact]
    public async Task A_coordinator_grants_roles_up_to_coordinator_in_their_own_municipality_and_nothing_else()
    {
        var (own, other) = (platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take());
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, own, other);
        var coordinator = await people.InviteAsync(PeopleCalls.NewEmail("coordinator"), RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, own));
        var asCoordinator = people.AsPerson(coordinator.Person.Id);

        Task<InvitePersonResponse> Invite(string grant) => people.Client.InvitePersonAsync(
            new InvitePersonRequest { Email = PeopleCalls.NewEmail("new"), Grants = { grant } }, asCoordinator).ResponseAsync;

        Assert.Equal([$"member@municipality:{own}"], (await Invite($"member@municipality:{own}")).Person.Grants);
        Assert.Equal([$"coordinator@municipality:{own}"], (await Invite($"coordinator@municipality:{own}")).Person.Grants);
        foreach (var refused in new[] { $"member@municipality:{other}", $"staff@partnership:{partnership}", $"viewer@partnership:{partnership}", "admin" })
        {
            await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Invite(refused));
        }
    }

    [Fact]
    public async Task Partnership_staff_manage_their_partnership_s_grants_but_not_the_grants_of_its_members()
    {
        var member = platform.MunicipalityCodes.Take();
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, member);
        var otherPartnership = await Scenario.PartnershipWithMembersAsync(platform);
        var staff = await people.InviteAsync(PeopleCalls.NewEmail("staff"), RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, partnership));
        var coordinator = await people.InviteAsync(PeopleCalls.NewEmail("coordinator"), RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, member));
        var asStaff = people.AsPerson(staff.Person.Id);

        var viewer = await people.Client.InvitePersonAsync(
            new InvitePersonRequest { Email = PeopleCalls.NewEmail("viewer"), Grants = { $"viewer@partnership:{partnership}" } }, asStaff);
        var listed = await people.Client.ListPeopleAsync(new ListPeopleRequest { PartnershipId = partnership }, asStaff);

        Assert.Equal(new[] { staff.Person.Id, viewer.Person.Id }.Order(), listed.People.Select(p => p.Id).Order());
        Assert.DoesNotContain(listed.People, p => p.Id == coordinator.Person.Id);
        foreach (var refused in new[] { $"coordinator@municipality:{member}", $"viewer@municipality:{member}", $"staff@partnership:{otherPartnership}" })
        {
            await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => people.Client.InvitePersonAsync(
                new InvitePersonRequest { Email = PeopleCalls.NewEmail("new"), Grants = { refused } }, asStaff).ResponseAsync);
        }
    }

    [Fact]
    public async Task Members_and_viewers_may_not_manage_people()
    {
        var code = platform.MunicipalityCodes.Take();
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, code);

        foreach (var grant in new[] { RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, code), RoleGrant.ForMunicipality(PlatformRole.Viewer, code),
                     RoleGrant.ForPartnership(PlatformRole.Viewer, partnership) })
        {
            await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => people.Client.ListPeopleAsync(new ListPeopleRequest(), platform.As(grant)).ResponseAsync);
            await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => people.Client.InvitePersonAsync(
                new InvitePersonRequest { Email = PeopleCalls.NewEmail("new"), Grants = { grant.ToString() } }, platform.As(grant)).ResponseAsync);
        }
    }

    [Fact]
    public async Task Bad_input_is_refused_naming_the_field_and_an_unknown_scope_is_not_found()
    {
        var admin = platform.AsAdmin();
        await RpcAssert.InvalidField("email", () => people.Client.InvitePersonAsync(
            new InvitePersonRequest { Email = "not an address", Grants = { "admin" } }, admin).ResponseAsync);
        await RpcAssert.InvalidField("grants", () => people.Client.InvitePersonAsync(
            new InvitePersonRequest { Email = PeopleCalls.NewEmail("a") }, admin).ResponseAsync);
        await RpcAssert.InvalidField("grants", () => people.Client.InvitePersonAsync(
            new InvitePersonRequest { Email = PeopleCalls.NewEmail("a"), Grants = { "boss@municipality:0101" } }, admin).ResponseAsync);
        await RpcAssert.InvalidField("person", () => people.Client.ChangeGrantsAsync(
            new ChangeGrantsRequest { Add = { "admin" } }, admin).ResponseAsync);
        await RpcAssert.InvalidField("add", () => people.Client.ChangeGrantsAsync(
            new ChangeGrantsRequest { Person = "someone@example.dk" }, admin).ResponseAsync);
        await RpcAssert.InvalidField("municipality_code", () => people.Client.ListPeopleAsync(
            new ListPeopleRequest { MunicipalityCode = "12" }, admin).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => people.Client.InvitePersonAsync(
            new InvitePersonRequest { Email = PeopleCalls.NewEmail("a"), Grants = { "staff@partnership:no-such-partnership" } }, admin).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => people.Client.RemovePersonAsync(
            new RemovePersonRequest { Person = Guid.NewGuid().ToString() }, admin).ResponseAsync);
    }

    [Fact]
    public async Task A_coordinator_changes_a_role_but_may_not_remove_a_person_whom_another_municipality_also_grants_a_role()
    {
        var (own, other) = (platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take());
        await Scenario.PartnershipWithMembersAsync(platform, own, other);
        var coordinator = await people.InviteAsync(PeopleCalls.NewEmail("coordinator"), RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, own));
        var both = await people.InviteAsync(PeopleCalls.NewEmail("both"),
            RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, own), RoleGrant.ForMunicipality(PlatformRole.Viewer, other));
        var asCoordinator = people.AsPerson(coordinator.Person.Id);

        var changed = await people.Client.ChangeGrantsAsync(new ChangeGrantsRequest
        {
            Person = both.Person.Email.ToUpperInvariant(),
            Remove = { $"member@municipality:{own}" },
            Add = { $"coordinator@municipality:{own}" },
        }, asCoordinator);

        Assert.Equal([$"coordinator@municipality:{own}"], changed.Grants);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            people.Client.RemovePersonAsync(new RemovePersonRequest { Person = both.Person.Id }, asCoordinator).ResponseAsync);
        await people.Client.RemovePersonAsync(new RemovePersonRequest { Person = both.Person.Id }, platform.AsAdmin());
        await RpcAssert.FailsWith(StatusCode.NotFound, () =>
            people.Client.RemovePersonAsync(new RemovePersonRequest { Person = both.Person.Id }, platform.AsAdmin()).ResponseAsync);
        await using var db = people.Database();
        Assert.False(await db.Invitations.AnyAsync(i => i.PersonId == Guid.Parse(both.Person.Id)));
    }
}
