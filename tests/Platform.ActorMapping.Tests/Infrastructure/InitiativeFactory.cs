using Platform.Contracts.ActorMapping.V1;
using Platform.Testing;

namespace Platform.ActorMapping.Tests.Infrastructure;

/// <summary>Initiatives as the tests write them.</summary>
public static class InitiativeFactory
{
    public static InitiativeFields Fields(string name, string[]? themes = null, string[]? arenas = null, string ownerActorId = "",
        string[]? partnerActorIds = null, string localAreaId = "", int reach = 0) => new()
    {
        Name = name,
        Kind = InitiativeKind.Existing,
        Engagement = PartnershipEngagement.Strengthen,
        Status = InitiativeStatus.Ongoing,
        Themes = { themes ?? ["physical-activity"] },
        Arenas = { arenas ?? ["school"] },
        TargetGroups = { "6-10" },
        OwnerActorId = ownerActorId,
        PartnerActorIds = { partnerActorIds ?? [] },
        LocalAreaId = localAreaId,
        Reach = reach,
    };

    public static Task<Initiative> CreateAsync(TestPlatform platform, string code, InitiativeFields fields) =>
        new InitiativeService.InitiativeServiceClient(platform.Channel).CreateInitiativeAsync(
            new CreateInitiativeRequest { MunicipalityCode = code, Fields = fields }, platform.AsAdmin()).ResponseAsync;
}
