using Grpc.Core;
using Platform.Contracts.Core.V1;
using Platform.Core.Tests.Infrastructure;
using Platform.Testing;
using Platform.Identity;

namespace Platform.Core.Tests.Municipalities;

[Collection(PlatformCollection.Name)]
public sealed class MunicipalitySettingsTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    private MunicipalityService.MunicipalityServiceClient Municipalities => new(platform.Channel);

    [Fact]
    public async Task A_coordinator_adds_renames_and_retires_local_areas()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var coordinator = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));

        var added = await Municipalities.AddLocalAreaAsync(new AddLocalAreaRequest { Code = code, Name = "Vejleå" }, coordinator);
        var area = Assert.Single(added.LocalAreas);
        var renamed = await Municipalities.UpdateLocalAreaAsync(
            new UpdateLocalAreaRequest { Code = code, LocalAreaId = area.Id, Name = "Vejleåparken", Retired = true }, coordinator);

        var updated = Assert.Single(renamed.LocalAreas);
        Assert.Equal(("Vejleåparken", true), (updated.Name, updated.Retired));
        Assert.True(renamed.Version > added.Version);
        await RpcAssert.FailsWith(StatusCode.AlreadyExists, () =>
            Municipalities.AddLocalAreaAsync(new AddLocalAreaRequest { Code = code, Name = "vejleåparken" }, coordinator).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Municipalities.UpdateLocalAreaAsync(
            new UpdateLocalAreaRequest { Code = code, LocalAreaId = Guid.NewGuid().ToString(), Name = "X" }, coordinator).ResponseAsync);
    }

    [Fact]
    public async Task A_stale_expected_version_is_aborted_and_the_change_is_not_applied()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var read = await Municipalities.GetMunicipalityAsync(new GetMunicipalityRequest { Code = code }, platform.AsAdmin());
        await Municipalities.AddLocalAreaAsync(new AddLocalAreaRequest { Code = code, Name = "Nord", ExpectedVersion = read.Version }, platform.AsAdmin());

        await RpcAssert.FailsWith(StatusCode.Aborted, () => Municipalities.AddLocalAreaAsync(
            new AddLocalAreaRequest { Code = code, Name = "Syd", ExpectedVersion = read.Version }, platform.AsAdmin()).ResponseAsync);

        var after = await Municipalities.GetMunicipalityAsync(new GetMunicipalityRequest { Code = code }, platform.AsAdmin());
        Assert.Equal(["Nord"], after.LocalAreas.Select(a => a.Name));
    }

    [Fact]
    public async Task Contact_settings_are_validated_field_by_field_and_saved_when_valid()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);

        await RpcAssert.InvalidField("contact.functional_email", () => Municipalities.UpdateContactSettingsAsync(new UpdateContactSettingsRequest
        {
            Code = code, Contact = new ContactSettings { FunctionalEmail = "not an address" },
        }, platform.AsAdmin()).ResponseAsync);
        await RpcAssert.InvalidField("contact.language", () => Municipalities.UpdateContactSettingsAsync(new UpdateContactSettingsRequest
        {
            Code = code, Contact = new ContactSettings { Language = "de" },
        }, platform.AsAdmin()).ResponseAsync);
        var saved = await Municipalities.UpdateContactSettingsAsync(new UpdateContactSettingsRequest
        {
            Code = code, Contact = new ContactSettings { FunctionalEmail = "sundhed@egedal.dk", Phone = "72 59 00 00", Language = "en" },
        }, platform.AsAdmin());

        Assert.Equal(("sundhed@egedal.dk", "en"), (saved.Contact.FunctionalEmail, saved.Contact.Language));
    }

    [Fact]
    public async Task A_member_may_read_but_not_change_the_settings_of_their_municipality()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var member = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, code));

        await Municipalities.GetMunicipalityAsync(new GetMunicipalityRequest { Code = code }, member);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            Municipalities.AddLocalAreaAsync(new AddLocalAreaRequest { Code = code, Name = "Øst" }, member).ResponseAsync);
    }
}
