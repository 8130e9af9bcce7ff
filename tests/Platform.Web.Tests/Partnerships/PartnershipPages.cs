using Platform.Contracts.Core.V1;
using Platform.Testing;

namespace Platform.Web.Tests.Partnerships;

/// <summary>What the partnership pages' tests ask of the platform through its services, as an administrator.</summary>
internal static class PartnershipPages
{
    public static async Task<string> NameOfAsync(TestPlatform platform, string code) =>
        (await new MunicipalityService.MunicipalityServiceClient(platform.Channel).ListKnownMunicipalitiesAsync(new ListKnownMunicipalitiesRequest(), platform.AsAdmin()))
            .Municipalities.Single(known => known.Code == code).Name;

    public static async Task<IReadOnlyList<string>> CurrentMembersAsync(TestPlatform platform, string partnershipId) =>
        [.. (await new PartnershipService.PartnershipServiceClient(platform.Channel).GetPartnershipAsync(new GetPartnershipRequest { Id = partnershipId }, platform.AsAdmin()))
            .Members.Where(member => member.LeftAt is null).Select(member => member.MunicipalityCode).Order(StringComparer.Ordinal)];

    public static Task SwitchAsync(TestPlatform platform, string code, string moduleId, bool enabled) =>
        new MunicipalityService.MunicipalityServiceClient(platform.Channel)
            .SetModuleEnabledAsync(new SetModuleEnabledRequest { Code = code, ModuleId = moduleId, Enabled = enabled }, platform.AsAdmin()).ResponseAsync;
}
