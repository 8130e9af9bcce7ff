using Grpc.Core;
using Platform.Contracts.Core.V1;
using Platform.Core.Tests.Infrastructure;
using Platform.Testing;
using Platform.Identity;

namespace Platform.Core.Tests.Partnerships;

[Collection(PlatformCollection.Name)]
public sealed class OnboardingTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    private PartnershipService.PartnershipServiceClient Partnerships => new(platform.Channel);

    private MunicipalityService.MunicipalityServiceClient Municipalities => new(platform.Channel);

    [Fact]
    public async Task An_administrator_creates_a_partnership_and_onboards_Ishoej_and_Faaborg_Midtfyn()
    {
        var ishoejCode = platform.MunicipalityCodes.Reserve("0183");
        var faaborgMidtfynCode = platform.MunicipalityCodes.Reserve("0430");
        var id = "sundt-liv-" + Guid.NewGuid().ToString("N")[..8];
        await Partnerships.CreatePartnershipAsync(
            new CreatePartnershipRequest { Id = id, Name = "Center for Sundt Liv og Trivsel", CentreName = "Center for Sundt Liv og Trivsel" },
            platform.AsAdmin());
        await Partnerships.OnboardMunicipalityAsync(new OnboardMunicipalityRequest { PartnershipId = id, MunicipalityCode = ishoejCode }, platform.AsAdmin());
        var partnership = await Partnerships.OnboardMunicipalityAsync(
            new OnboardMunicipalityRequest { PartnershipId = id, MunicipalityCode = faaborgMidtfynCode }, platform.AsAdmin());

        Assert.Equal([ishoejCode, faaborgMidtfynCode], partnership.Members.Select(m => m.MunicipalityCode));
        Assert.Equal(["Ishøj", "Faaborg-Midtfyn"], partnership.Members.Select(m => m.MunicipalityName));
        var ishoej = await Municipalities.GetMunicipalityAsync(new GetMunicipalityRequest { Code = ishoejCode }, platform.AsAdmin());
        Assert.Equal("Region Hovedstaden", ishoej.RegionName);
        Assert.Contains(ishoej.Memberships, m => m.PartnershipId == id && m.LeftAt is null);
    }

    [Fact]
    public async Task A_partnership_created_without_an_id_gets_one_made_from_its_name()
    {
        var name = "Børneliv i sund balance " + Guid.NewGuid().ToString("N")[..6];
        var created = await Partnerships.CreatePartnershipAsync(new CreatePartnershipRequest { Name = name, CentreName = "KL" }, platform.AsAdmin());

        Assert.StartsWith("boerneliv-i-sund-balance-", created.Id);
        var read = await Partnerships.GetPartnershipAsync(new GetPartnershipRequest { Id = created.Id }, platform.AsAdmin());
        Assert.Equal(name, read.Name);
    }

    [Fact]
    public async Task Onboarding_an_unknown_municipality_code_is_invalid_argument_naming_the_field()
    {
        var id = await Scenario.PartnershipWithMembersAsync(platform);

        await RpcAssert.InvalidField("municipality_code", () => Partnerships.OnboardMunicipalityAsync(
            new OnboardMunicipalityRequest { PartnershipId = id, MunicipalityCode = "9999" }, platform.AsAdmin()).ResponseAsync);
        await RpcAssert.InvalidField("municipality_code", () => Partnerships.OnboardMunicipalityAsync(
            new OnboardMunicipalityRequest { PartnershipId = id, MunicipalityCode = "183" }, platform.AsAdmin()).ResponseAsync);
        var partnership = await Partnerships.GetPartnershipAsync(new GetPartnershipRequest { Id = id }, platform.AsAdmin());
        Assert.Empty(partnership.Members);
    }

    [Fact]
    public async Task Onboarding_a_current_member_again_is_already_exists_and_changes_nothing()
    {
        var code = platform.MunicipalityCodes.Take();
        var id = await Scenario.PartnershipWithMembersAsync(platform, code);

        await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => Partnerships.OnboardMunicipalityAsync(
            new OnboardMunicipalityRequest { PartnershipId = id, MunicipalityCode = code }, platform.AsAdmin()).ResponseAsync);
        var partnership = await Partnerships.GetPartnershipAsync(new GetPartnershipRequest { Id = id }, platform.AsAdmin());
        Assert.Single(partnership.Members);
    }

    [Fact]
    public async Task Creating_a_partnership_with_a_taken_id_is_already_exists()
    {
        var id = await Scenario.PartnershipWithMembersAsync(platform);

        await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => Partnerships.CreatePartnershipAsync(
            new CreatePartnershipRequest { Id = id, Name = "Another", CentreName = "Another" }, platform.AsAdmin()).ResponseAsync);
    }

    [Fact]
    public async Task Leaving_a_partnership_keeps_the_history_and_a_return_starts_a_new_period()
    {
        var member = platform.MunicipalityCodes.Take();
        var neverMember = platform.MunicipalityCodes.Take();
        var id = await Scenario.PartnershipWithMembersAsync(platform, member);

        var left = await Partnerships.OffboardMunicipalityAsync(
            new OffboardMunicipalityRequest { PartnershipId = id, MunicipalityCode = member }, platform.AsAdmin());
        Assert.NotNull(Assert.Single(left.Members).LeftAt);
        var back = await Partnerships.OnboardMunicipalityAsync(
            new OnboardMunicipalityRequest { PartnershipId = id, MunicipalityCode = member }, platform.AsAdmin());

        Assert.Equal(2, back.Members.Count);
        Assert.Single(back.Members, m => m.LeftAt is null);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Partnerships.OffboardMunicipalityAsync(
            new OffboardMunicipalityRequest { PartnershipId = id, MunicipalityCode = neverMember }, platform.AsAdmin()).ResponseAsync);
    }

    [Fact]
    public async Task A_missing_name_and_centre_are_both_reported_as_field_violations()
    {
        var exception = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () =>
            Partnerships.CreatePartnershipAsync(new CreatePartnershipRequest { Id = "valid-id" }, platform.AsAdmin()).ResponseAsync);

        Assert.Contains("name", exception.Status.Detail);
        Assert.Contains("centre_name", exception.Status.Detail);
    }

    [Fact]
    public async Task Only_administrators_create_partnerships_and_only_staff_of_a_partnership_change_its_members()
    {
        var code = platform.MunicipalityCodes.Take();
        var id = await Scenario.PartnershipWithMembersAsync(platform);
        var coordinator = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Partnerships.CreatePartnershipAsync(
            new CreatePartnershipRequest { Name = "Mine", CentreName = "Mine" }, coordinator).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Partnerships.OnboardMunicipalityAsync(
            new OnboardMunicipalityRequest { PartnershipId = id, MunicipalityCode = code }, coordinator).ResponseAsync);
        var staff = platform.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, id));
        var onboarded = await Partnerships.OnboardMunicipalityAsync(
            new OnboardMunicipalityRequest { PartnershipId = id, MunicipalityCode = code }, staff);
        Assert.Single(onboarded.Members);
    }

    [Fact]
    public async Task A_call_without_a_valid_token_is_unauthenticated_with_a_message_that_says_what_to_send()
    {
        var missing = await RpcAssert.FailsWith(StatusCode.Unauthenticated, () =>
            Partnerships.ListPartnershipsAsync(new ListPartnershipsRequest()).ResponseAsync);
        Assert.Equal("No token: send a bearer token from this platform in the 'authorization' header ('Bearer <token>').", missing.Status.Detail);
        var forged = new CallOptions(new Metadata { { "authorization", "Bearer not-a-token" } });
        var refused = await RpcAssert.FailsWith(StatusCode.Unauthenticated, () =>
            Partnerships.ListPartnershipsAsync(new ListPartnershipsRequest(), forged).ResponseAsync);
        Assert.StartsWith("The token is not valid here", refused.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Bad gRPC response", refused.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_Danish_municipality_is_known_and_onboarded_ones_are_marked()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);

        var known = await Municipalities.ListKnownMunicipalitiesAsync(new ListKnownMunicipalitiesRequest(), platform.AsAdmin());

        Assert.Equal(98, known.Municipalities.Count);
        Assert.True(known.Municipalities.Single(m => m.Code == code).Onboarded);
        // The reference data itself: the README's example, read only, so no other test's onboarding can change it.
        Assert.Equal("Faaborg-Midtfyn", known.Municipalities.Single(m => m.Code == "0430").Name);
    }
}
