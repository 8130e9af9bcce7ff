using System.Text.RegularExpressions;
using Grpc.Core;
using Platform.Contracts.ActorMapping.V1;
using Platform.Contracts.Core.V1;
using Platform.Core.Tests.People;
using Platform.Identity;
using Platform.Testing;

namespace Platform.Core.Tests.Audit;

/// <summary>A host of its own: every listed action takes a municipality, more than the shared host can spare.</summary>
public sealed partial class AuditTrailTests(SharedPlatform own) : IClassFixture<SharedPlatform>
{
    private readonly TestPlatform platform = own.Platform;

    public static TheoryData<string> Actions() =>
    [
        "partnership.municipality-onboarded",
        "partnership.municipality-offboarded",
        "municipality.module-switched",
        "people.person-invited",
        "people.grants-changed",
        "people.person-removed",
        "personal-data.exported",
        "personal-data.erased",
        "actor-mapping.actors-exported",
        "partnership.invitation-sent",
        "partnership.invitation-accepted",
        "partnership.invitation-declined",
        "partnership.invitation-withdrawn",
    ];

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Each_listed_action_writes_exactly_one_entry_naming_the_actor_the_action_the_tenant_and_the_target(string action)
    {
        var code = platform.MunicipalityCodes.Take();
        var audit = new AuditCalls(platform);
        var partnershipId = action == "partnership.municipality-onboarded"
            ? await Scenario.PartnershipWithMembersAsync(platform)
            : await Scenario.PartnershipWithMembersAsync(platform, code);
        var (act, expected) = await PrepareAsync(action, code, partnershipId);
        var before = (await audit.OfMunicipalityAsync(code)).Select(e => e.Id).ToHashSet();

        var newTarget = await act();

        // Accepting an invitation also onboards the municipality, an action with an entry of its own.
        var added = Assert.Single(await audit.OfMunicipalityAsync(code), e => !before.Contains(e.Id) && e.Action == action);
        Assert.DoesNotContain(await audit.OfMunicipalityAsync(code), e => !before.Contains(e.Id) && e.Action != action
            && !(action == "partnership.invitation-accepted" && e.Action == "partnership.municipality-onboarded"));
        Assert.Equal(expected with { Action = action, MunicipalityCode = code, Target = newTarget ?? expected.Target }, Comparable(added));
    }

    [Fact]
    public async Task A_coordinator_reads_their_municipalitys_entries_and_is_refused_any_other_alike_whether_it_exists_or_not()
    {
        var (mine, theirs, neverOnboarded) = (platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take());
        await Scenario.PartnershipWithMembersAsync(platform, mine, theirs);
        var audit = new AuditCalls(platform);
        var coordinator = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, mine));

        var read = await audit.Client.ListAuditEntriesAsync(new ListAuditEntriesRequest { MunicipalityCode = mine }, coordinator);
        var refusedExisting = await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            audit.Client.ListAuditEntriesAsync(new ListAuditEntriesRequest { MunicipalityCode = theirs }, coordinator).ResponseAsync);
        var refusedUnknown = await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            audit.Client.ListAuditEntriesAsync(new ListAuditEntriesRequest { MunicipalityCode = neverOnboarded }, coordinator).ResponseAsync);

        Assert.Equal(mine, Assert.Single(read.Entries).MunicipalityCode);
        Assert.Equal(refusedExisting.Status.Detail, refusedUnknown.Status.Detail);
    }

    [Fact]
    public async Task Viewers_and_members_are_refused_while_the_partnerships_staff_read_its_entries()
    {
        var code = platform.MunicipalityCodes.Take();
        var partnershipId = await Scenario.PartnershipWithMembersAsync(platform, code);
        var audit = new AuditCalls(platform);
        var byMunicipality = new ListAuditEntriesRequest { MunicipalityCode = code };
        var byPartnership = new ListAuditEntriesRequest { PartnershipId = partnershipId };

        foreach (var role in new[] { PlatformRole.Viewer, PlatformRole.MunicipalityMember })
        {
            await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
                audit.Client.ListAuditEntriesAsync(byMunicipality, platform.As(RoleGrant.ForMunicipality(role, code))).ResponseAsync);
        }

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            audit.Client.ListAuditEntriesAsync(byPartnership, platform.As(RoleGrant.ForPartnership(PlatformRole.Viewer, partnershipId))).ResponseAsync);
        var staff = await audit.Client.ListAuditEntriesAsync(byPartnership, platform.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, partnershipId)));
        Assert.Equal((partnershipId, code), (Assert.Single(staff.Entries).PartnershipId, staff.Entries[0].MunicipalityCode));
    }

    [Fact]
    public async Task Entries_carry_no_e_mail_address_or_name_of_the_people_they_concern()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var people = new PeopleCalls(platform);
        var email = PeopleCalls.NewEmail("mette");
        var invited = await people.InviteAsync(email, RoleGrant.ForMunicipality(PlatformRole.Viewer, code));
        await people.Client.RemovePersonAsync(new RemovePersonRequest { Person = email }, platform.AsAdmin());
        await new PersonalDataService.PersonalDataServiceClient(platform.Channel).ExportPersonalDataAsync(
            new PersonalDataRequest { MunicipalityCode = code, Email = email, Name = "Mette Hansen" }, platform.AsAdmin());

        var entries = await new AuditCalls(platform).OfMunicipalityAsync(code);

        Assert.Equal(4, entries.Count);
        Assert.All(entries, entry =>
        {
            var text = entry.ToString();
            Assert.DoesNotMatch(EmailAddress(), text);
            Assert.DoesNotContain("Mette", text, StringComparison.OrdinalIgnoreCase);
        });
        Assert.Contains(entries, entry => entry.Target == invited.Person.Id);
    }

    [Fact]
    public async Task Pages_come_newest_first_and_a_page_size_over_500_is_refused_naming_the_field()
    {
        var code = platform.MunicipalityCodes.Take();
        var partnershipId = await Scenario.PartnershipWithMembersAsync(platform, code);
        var municipalities = new MunicipalityService.MunicipalityServiceClient(platform.Channel);
        await municipalities.SetModuleEnabledAsync(new SetModuleEnabledRequest { Code = code, ModuleId = "sample", Enabled = false }, platform.AsAdmin());
        var audit = new AuditCalls(platform);

        var first = await audit.Client.ListAuditEntriesAsync(new ListAuditEntriesRequest { MunicipalityCode = code, PageSize = 1 }, platform.AsAdmin());
        var second = await audit.Client.ListAuditEntriesAsync(
            new ListAuditEntriesRequest { MunicipalityCode = code, PageSize = 1, PageToken = first.NextPageToken }, platform.AsAdmin());

        Assert.Equal("municipality.module-switched", Assert.Single(first.Entries).Action);
        Assert.Equal(("partnership.municipality-onboarded", partnershipId), (Assert.Single(second.Entries).Action, second.Entries[0].PartnershipId));
        Assert.Empty(second.NextPageToken);
        await RpcAssert.InvalidField("page_size", () => audit.Client.ListAuditEntriesAsync(
            new ListAuditEntriesRequest { MunicipalityCode = code, PageSize = 501 }, platform.AsAdmin()).ResponseAsync);
    }

    /// <summary>
    /// The action under test, after whatever it needs first, and the entry it must write (action and municipality aside);
    /// the action returns the target when only it can know it (a new person's id).
    /// </summary>
    private async Task<(Func<Task<string?>> Act, Expected Entry)> PrepareAsync(string action, string code, string partnershipId)
    {
        var admin = platform.AsAdmin();
        var adminEntry = new Expected("", AuditActorKind.PlatformAdmin, "", "", "", "");
        var coordinatorGrant = RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code);
        var coordinator = platform.As(coordinatorGrant);
        var coordinatorEntry = adminEntry with { ActorKind = AuditActorKind.Service, ActorSubject = "test-" + coordinatorGrant };
        var partnerships = new PartnershipService.PartnershipServiceClient(platform.Channel);
        var people = new PeopleCalls(platform);
        var personalData = new PersonalDataService.PersonalDataServiceClient(platform.Channel);
        var email = PeopleCalls.NewEmail("audit");
        switch (action)
        {
            case "partnership.municipality-onboarded":
                return (Without(() => partnerships.OnboardMunicipalityAsync(new OnboardMunicipalityRequest { PartnershipId = partnershipId, MunicipalityCode = code }, admin)),
                    adminEntry with { ActorSubject = "test-admin", PartnershipId = partnershipId, Target = code });
            case "partnership.municipality-offboarded":
                return (Without(() => partnerships.OffboardMunicipalityAsync(new OffboardMunicipalityRequest { PartnershipId = partnershipId, MunicipalityCode = code }, admin)),
                    adminEntry with { ActorSubject = "test-admin", PartnershipId = partnershipId, Target = code });
            case "municipality.module-switched":
                return (Without(() => new MunicipalityService.MunicipalityServiceClient(platform.Channel)
                        .SetModuleEnabledAsync(new SetModuleEnabledRequest { Code = code, ModuleId = "sample", Enabled = false }, coordinator)),
                    coordinatorEntry with { Target = "sample" });
            case "people.person-invited":
            {
                var grant = RoleGrant.ForMunicipality(PlatformRole.Viewer, code);
                return (async () => (await people.Client.InvitePersonAsync(
                        new InvitePersonRequest { Email = email, Grants = { grant.ToString() } }, coordinator)).Person.Id,
                    coordinatorEntry);
            }

            case "people.grants-changed":
            {
                var person = (await people.InviteAsync(email, RoleGrant.ForMunicipality(PlatformRole.Viewer, code))).Person.Id;
                return (Without(() => people.Client.ChangeGrantsAsync(new ChangeGrantsRequest
                    {
                        Person = person,
                        Add = { RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, code).ToString() },
                        Remove = { RoleGrant.ForMunicipality(PlatformRole.Viewer, code).ToString() },
                    }, coordinator)),
                    coordinatorEntry with { Target = person });
            }

            case "people.person-removed":
            {
                var person = (await people.InviteAsync(email, RoleGrant.ForMunicipality(PlatformRole.Viewer, code))).Person.Id;
                return (Without(() => people.Client.RemovePersonAsync(new RemovePersonRequest { Person = person }, coordinator)), coordinatorEntry with { Target = person });
            }

            case "personal-data.exported":
                return (Without(() => personalData.ExportPersonalDataAsync(new PersonalDataRequest { MunicipalityCode = code, Email = email }, coordinator)), coordinatorEntry);
            case "personal-data.erased":
                return (Without(() => personalData.ErasePersonalDataAsync(new PersonalDataRequest { MunicipalityCode = code, Email = email }, coordinator)), coordinatorEntry);
            case "actor-mapping.actors-exported":
                return (Without(() => new ActorService.ActorServiceClient(platform.Channel)
                        .ExportActorsAsync(new ExportActorsRequest { MunicipalityCode = code }, coordinator)),
                    coordinatorEntry);
            case "partnership.invitation-sent":
            {
                // A member of another partnership must consent: the other partnership's staff send an invitation.
                var (inviting, staff, staffEntry) = await OtherPartnershipAsync();
                return (Without(() => partnerships.OnboardMunicipalityAsync(new OnboardMunicipalityRequest { PartnershipId = inviting, MunicipalityCode = code }, staff)),
                    staffEntry with { PartnershipId = inviting });
            }

            case "partnership.invitation-accepted" or "partnership.invitation-declined" or "partnership.invitation-withdrawn":
            {
                var (inviting, staff, staffEntry) = await OtherPartnershipAsync();
                var invitation = (await partnerships.OnboardMunicipalityAsync(
                    new OnboardMunicipalityRequest { PartnershipId = inviting, MunicipalityCode = code }, staff)).Invitations.Single().Id;
                var answer = new AnswerInvitationRequest { InvitationId = invitation };
                return action switch
                {
                    "partnership.invitation-accepted" => (Without(() => partnerships.AcceptInvitationAsync(answer, coordinator)),
                        coordinatorEntry with { PartnershipId = inviting, Target = invitation }),
                    "partnership.invitation-declined" => (Without(() => partnerships.DeclineInvitationAsync(answer, coordinator)),
                        coordinatorEntry with { PartnershipId = inviting, Target = invitation }),
                    _ => (Without(() => partnerships.WithdrawInvitationAsync(answer, staff)), staffEntry with { PartnershipId = inviting, Target = invitation }),
                };
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, "no case for this action");
        }
    }

    /// <summary>A second partnership, its staff's call options and the entry its staff's actions write.</summary>
    private async Task<(string Id, CallOptions Staff, Expected Entry)> OtherPartnershipAsync()
    {
        var id = await Scenario.PartnershipWithMembersAsync(platform);
        var grant = RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, id);
        return (id, platform.As(grant), new Expected("test-" + grant, AuditActorKind.Service, "", "", "", ""));
    }

    private static Func<Task<string?>> Without<T>(Func<AsyncUnaryCall<T>> call) => async () =>
    {
        await call();
        return null;
    };

    private static Expected Comparable(AuditEntry entry) =>
        new(entry.ActorSubject, entry.ActorKind, entry.Action, entry.MunicipalityCode, entry.PartnershipId, entry.Target);

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailAddress();

    private sealed record Expected(string ActorSubject, AuditActorKind ActorKind, string Action, string MunicipalityCode, string PartnershipId, string Target);
}
