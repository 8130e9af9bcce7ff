using Grpc.Core;
using Platform.Contracts.ActorMapping.V1;
using Platform.Contracts.Core.V1;
using Platform.Identity;
using Platform.Testing;

namespace Platform.Core.Tests.Partnerships;

/// <summary>
/// A partnership's staff onboard a municipality at once only when it holds no data and is no other partnership's member;
/// otherwise its coordinator (or an administrator) must accept an invitation first. All over real gRPC, on a host of
/// its own: the tests take more municipalities than the shared host can spare.
/// </summary>
public sealed class ConsentToJoinTests(SharedPlatform own) : IClassFixture<SharedPlatform>
{
    private readonly TestPlatform platform = own.Platform;

    private PartnershipService.PartnershipServiceClient Partnerships => new(platform.Channel);

    private ActorService.ActorServiceClient Actors => new(platform.Channel);

    [Fact]
    public async Task A_municipality_without_data_or_membership_is_onboarded_at_once_by_the_partnerships_staff()
    {
        var code = platform.MunicipalityCodes.Take();
        var id = await Scenario.PartnershipWithMembersAsync(platform);

        var partnership = await OnboardAsStaffAsync(id, code);

        Assert.Equal(code, Assert.Single(partnership.Members).MunicipalityCode);
        Assert.Empty(partnership.Invitations);
    }

    [Fact]
    public async Task A_municipality_with_actors_is_invited_and_the_staff_read_its_actors_only_after_its_coordinator_accepts()
    {
        var code = await MunicipalityWithActorsOnlyAsync();
        var id = await Scenario.PartnershipWithMembersAsync(platform);
        var staff = Staff(id);

        var invited = await OnboardAsStaffAsync(id, code);

        Assert.Empty(invited.Members);
        var invitation = Assert.Single(invited.Invitations);
        Assert.Equal((code, InvitationState.Pending), (invitation.MunicipalityCode, invitation.State));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            Actors.ListActorsAsync(new ListActorsRequest { MunicipalityCode = code }, staff).ResponseAsync);

        var accepted = await Partnerships.AcceptInvitationAsync(new AnswerInvitationRequest { InvitationId = invitation.Id }, Coordinator(code));

        Assert.Equal(InvitationState.Accepted, accepted.State);
        Assert.NotNull(accepted.DecidedAt);
        var actors = await Actors.ListActorsAsync(new ListActorsRequest { MunicipalityCode = code }, staff);
        Assert.Equal("Spejderne", Assert.Single(actors.Actors).Fields.Name);
        var partnership = await Partnerships.GetPartnershipAsync(new GetPartnershipRequest { Id = id }, staff);
        Assert.Equal(code, Assert.Single(partnership.Members).MunicipalityCode);
        Assert.Empty(partnership.Invitations);
    }

    [Fact]
    public async Task A_member_of_another_partnership_is_invited_and_stays_out_when_its_coordinator_declines()
    {
        var code = platform.MunicipalityCodes.Take();
        var other = await Scenario.PartnershipWithMembersAsync(platform, code);
        var id = await Scenario.PartnershipWithMembersAsync(platform);
        var invitation = Assert.Single((await OnboardAsStaffAsync(id, code)).Invitations);

        var listed = await Partnerships.ListInvitationsAsync(new ListInvitationsRequest { MunicipalityCode = code }, Coordinator(code));
        Assert.Equal(invitation.Id, Assert.Single(listed.Invitations).Id);
        var declined = await Partnerships.DeclineInvitationAsync(new AnswerInvitationRequest { InvitationId = invitation.Id }, Coordinator(code));

        Assert.Equal(InvitationState.Declined, declined.State);
        var partnership = await Partnerships.GetPartnershipAsync(new GetPartnershipRequest { Id = id }, platform.AsAdmin());
        Assert.Empty(partnership.Members);
        Assert.Empty(partnership.Invitations);
        Assert.Empty((await Partnerships.ListInvitationsAsync(new ListInvitationsRequest { MunicipalityCode = code }, Coordinator(code))).Invitations);
        var stillMember = await Partnerships.GetPartnershipAsync(new GetPartnershipRequest { Id = other }, Coordinator(code));
        Assert.Equal(code, Assert.Single(stillMember.Members).MunicipalityCode);
    }

    [Fact]
    public async Task The_coordinator_of_another_municipality_is_refused_an_invitation_in_the_same_words_as_one_that_does_not_exist()
    {
        var (code, invitationId) = await PendingInvitationAsync();
        var stranger = Coordinator(platform.MunicipalityCodes.Take());
        var unknown = Guid.NewGuid().ToString();

        var listing = await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            Partnerships.ListInvitationsAsync(new ListInvitationsRequest { MunicipalityCode = code }, stranger).ResponseAsync);
        Assert.Contains(code, listing.Status.Detail, StringComparison.Ordinal);
        foreach (var answer in new Func<AnswerInvitationRequest, CallOptions, AsyncUnaryCall<MembershipInvitation>>[]
                 {
                     Partnerships.AcceptInvitationAsync, Partnerships.DeclineInvitationAsync,
                 })
        {
            var real = await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
                answer(new AnswerInvitationRequest { InvitationId = invitationId }, stranger).ResponseAsync);
            var missing = await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
                answer(new AnswerInvitationRequest { InvitationId = unknown }, stranger).ResponseAsync);
            Assert.Equal(real.Status.Detail.Replace(invitationId, "{id}", StringComparison.Ordinal), missing.Status.Detail.Replace(unknown, "{id}", StringComparison.Ordinal));
        }

        await RpcAssert.FailsWith(StatusCode.NotFound, () =>
            Partnerships.AcceptInvitationAsync(new AnswerInvitationRequest { InvitationId = unknown }, platform.AsAdmin()).ResponseAsync);
        await RpcAssert.InvalidField("invitation_id", () =>
            Partnerships.AcceptInvitationAsync(new AnswerInvitationRequest { InvitationId = "not-an-id" }, stranger).ResponseAsync);
        Assert.Single((await Partnerships.ListInvitationsAsync(new ListInvitationsRequest { MunicipalityCode = code }, Coordinator(code))).Invitations);
    }

    [Fact]
    public async Task A_viewer_or_member_of_the_municipality_and_the_partnerships_staff_cannot_accept_its_invitation()
    {
        var (code, invitationId) = await PendingInvitationAsync();
        var partnershipId = (await Partnerships.ListInvitationsAsync(new ListInvitationsRequest { MunicipalityCode = code }, Coordinator(code)))
            .Invitations.Single().PartnershipId;

        foreach (var caller in new[]
                 {
                     platform.As(RoleGrant.ForMunicipality(PlatformRole.Viewer, code)),
                     platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, code)),
                     Staff(partnershipId),
                 })
        {
            await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
                Partnerships.AcceptInvitationAsync(new AnswerInvitationRequest { InvitationId = invitationId }, caller).ResponseAsync);
        }

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Partnerships.ListInvitationsAsync(
            new ListInvitationsRequest { MunicipalityCode = code }, platform.As(RoleGrant.ForMunicipality(PlatformRole.Viewer, code))).ResponseAsync);
        var partnership = await Partnerships.GetPartnershipAsync(new GetPartnershipRequest { Id = partnershipId }, platform.AsAdmin());
        Assert.Empty(partnership.Members);
    }

    [Fact]
    public async Task A_second_invitation_and_accepting_a_withdrawn_one_are_failed_precondition_saying_what_to_do()
    {
        var (code, invitationId) = await PendingInvitationAsync();
        var partnershipId = (await Partnerships.ListInvitationsAsync(new ListInvitationsRequest { MunicipalityCode = code }, Coordinator(code)))
            .Invitations.Single().PartnershipId;

        var second = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => Partnerships.OnboardMunicipalityAsync(
            new OnboardMunicipalityRequest { PartnershipId = partnershipId, MunicipalityCode = code }, Staff(partnershipId)).ResponseAsync);
        Assert.Contains("withdraw", second.Status.Detail, StringComparison.Ordinal);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Partnerships.WithdrawInvitationAsync(
            new AnswerInvitationRequest { InvitationId = invitationId }, Coordinator(code)).ResponseAsync);
        var withdrawn = await Partnerships.WithdrawInvitationAsync(new AnswerInvitationRequest { InvitationId = invitationId }, Staff(partnershipId));
        Assert.Equal(InvitationState.Withdrawn, withdrawn.State);

        var late = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => Partnerships.AcceptInvitationAsync(
            new AnswerInvitationRequest { InvitationId = invitationId }, Coordinator(code)).ResponseAsync);

        Assert.Contains("withdrawn", late.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("invite the municipality again", late.Status.Detail, StringComparison.Ordinal);
        Assert.Empty((await Partnerships.GetPartnershipAsync(new GetPartnershipRequest { Id = partnershipId }, platform.AsAdmin())).Members);
    }

    [Fact]
    public async Task An_invitation_shows_what_the_partnership_will_read_in_each_module_switched_on_and_never_contact_persons()
    {
        var (code, _) = await PendingInvitationAsync();
        await new MunicipalityService.MunicipalityServiceClient(platform.Channel).SetModuleEnabledAsync(
            new SetModuleEnabledRequest { Code = code, ModuleId = "events", Enabled = false }, platform.AsAdmin());

        var invitation = Assert.Single((await Partnerships.ListInvitationsAsync(new ListInvitationsRequest { MunicipalityCode = code }, Coordinator(code))).Invitations);

        var actorMapping = Assert.Single(invitation.Readable, module => module.ModuleId == "actor-mapping");
        Assert.Contains(actorMapping.Categories, category => category.Danish.StartsWith("Aktører", StringComparison.Ordinal) && category.English.StartsWith("Actors", StringComparison.Ordinal));
        Assert.DoesNotContain(invitation.Readable.SelectMany(module => module.Categories), category => category.English.Contains("contact persons", StringComparison.Ordinal));
        Assert.DoesNotContain(invitation.Readable, module => module.ModuleId == "events");
        Assert.Contains(invitation.Readable, module => module.ModuleId == "surveys");
    }

    [Fact]
    public async Task An_administrators_onboarding_joins_at_once_and_counts_as_the_acceptance_of_a_pending_invitation()
    {
        var (code, invitationId) = await PendingInvitationAsync();
        var partnershipId = (await Partnerships.ListInvitationsAsync(new ListInvitationsRequest { MunicipalityCode = code }, Coordinator(code)))
            .Invitations.Single().PartnershipId;

        var onboarded = await Partnerships.OnboardMunicipalityAsync(
            new OnboardMunicipalityRequest { PartnershipId = partnershipId, MunicipalityCode = code }, platform.AsAdmin());

        Assert.Equal(code, Assert.Single(onboarded.Members).MunicipalityCode);
        Assert.Empty(onboarded.Invitations);
        var late = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => Partnerships.DeclineInvitationAsync(
            new AnswerInvitationRequest { InvitationId = invitationId }, Coordinator(code)).ResponseAsync);
        Assert.Contains("accepted already", late.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_roles_of_a_partnerships_members_do_not_see_its_pending_invitations()
    {
        var member = platform.MunicipalityCodes.Take();
        var id = await Scenario.PartnershipWithMembersAsync(platform, member);
        var invited = await MunicipalityWithActorsOnlyAsync();
        Assert.Single((await OnboardAsStaffAsync(id, invited)).Invitations);

        var seenByMember = await Partnerships.GetPartnershipAsync(new GetPartnershipRequest { Id = id }, Coordinator(member));
        var seenByViewer = await Partnerships.GetPartnershipAsync(new GetPartnershipRequest { Id = id }, platform.As(RoleGrant.ForPartnership(PlatformRole.Viewer, id)));

        Assert.Empty(seenByMember.Invitations);
        Assert.Single(seenByViewer.Invitations);
    }

    private CallOptions Staff(string partnershipId) => platform.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, partnershipId));

    private CallOptions Coordinator(string code) => platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));

    private Task<Partnership> OnboardAsStaffAsync(string partnershipId, string code) =>
        Partnerships.OnboardMunicipalityAsync(new OnboardMunicipalityRequest { PartnershipId = partnershipId, MunicipalityCode = code }, Staff(partnershipId)).ResponseAsync;

    /// <summary>A municipality that holds one actor and is no partnership's member any more.</summary>
    private async Task<string> MunicipalityWithActorsOnlyAsync()
    {
        var code = platform.MunicipalityCodes.Take();
        var former = await Scenario.PartnershipWithMembersAsync(platform, code);
        await Actors.CreateActorAsync(new CreateActorRequest
        {
            MunicipalityCode = code,
            Fields = new ActorFields { Name = "Spejderne", Sector = Sector.CivilSociety, Category = "association" },
            Contacts = { new ContactPerson { Name = "Mette Hansen", Email = "mette@example.dk" } },
        }, Coordinator(code));
        await Partnerships.OffboardMunicipalityAsync(new OffboardMunicipalityRequest { PartnershipId = former, MunicipalityCode = code }, platform.AsAdmin());
        return code;
    }

    private async Task<(string Code, string InvitationId)> PendingInvitationAsync()
    {
        var code = await MunicipalityWithActorsOnlyAsync();
        var id = await Scenario.PartnershipWithMembersAsync(platform);
        return (code, Assert.Single((await OnboardAsStaffAsync(id, code)).Invitations).Id);
    }
}
