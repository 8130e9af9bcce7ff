using Platform.Contracts.ActorMapping.V1;
using Platform.Contracts.Core.V1;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.ActorMapping;

/// <summary>A municipality's mapping as the board, initiatives, coverage and network pages' tests set it up, over gRPC as an administrator.</summary>
internal sealed class MappingPagesData(TestPlatform platform, string code)
{
    public string Code => code;

    public ActorService.ActorServiceClient Actors { get; } = new(platform.Channel);

    public InitiativeService.InitiativeServiceClient Initiatives { get; } = new(platform.Channel);

    public NetworkService.NetworkServiceClient Network { get; } = new(platform.Channel);

    /// <summary>A new partnership with the municipalities as members, the first one's mapping to set up.</summary>
    public static async Task<MappingPagesData> StartAsync(TestPlatform platform, params string[] codes)
    {
        await Scenario.PartnershipWithMembersAsync(platform, codes);
        return new MappingPagesData(platform, codes[0]);
    }

    /// <summary>The session cookie of a newly invited person with the role in this municipality.</summary>
    public Task<Microsoft.Playwright.Cookie> SessionAsync(PlatformRole role) =>
        SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(role, code));

    public Uri Page(string path) => new(platform.WebAddress, $"/m/actor-mapping/{code}/{path}");

    public async Task<LocalArea> AddLocalAreaAsync(string name)
    {
        var municipalities = new MunicipalityService.MunicipalityServiceClient(platform.Channel);
        var municipality = await municipalities.GetMunicipalityAsync(new GetMunicipalityRequest { Code = code }, platform.AsAdmin());
        var changed = await municipalities.AddLocalAreaAsync(new AddLocalAreaRequest { Code = code, Name = name, ExpectedVersion = municipality.Version }, platform.AsAdmin());
        return changed.LocalAreas.Single(area => area.Name == name);
    }

    public async Task<Actor> AddActorAsync(string name, Sector sector, string[] arenas, string[] themes, string localAreaId = "") =>
        await Actors.CreateActorAsync(new CreateActorRequest
        {
            MunicipalityCode = code,
            Fields = new ActorFields { Name = name, Sector = sector, Category = "forening", Arenas = { arenas }, Themes = { themes }, AgeGroups = { "6-10" }, LocalAreaId = localAreaId },
        }, platform.AsAdmin());

    public async Task<Initiative> AddInitiativeAsync(string name, string ownerActorId, string[] arenas, string[] themes, params string[] partnerActorIds) =>
        await Initiatives.CreateInitiativeAsync(new CreateInitiativeRequest
        {
            MunicipalityCode = code,
            Fields = new InitiativeFields
            {
                Name = name,
                Kind = InitiativeKind.Existing,
                Status = InitiativeStatus.Ongoing,
                OwnerActorId = ownerActorId,
                PartnerActorIds = { partnerActorIds },
                Arenas = { arenas },
                Themes = { themes },
                Reach = 1200,
            },
        }, platform.AsAdmin());

    public async Task<Actor> GetActorAsync(string id) =>
        await Actors.GetActorAsync(new GetActorRequest { MunicipalityCode = code, Id = id }, platform.AsAdmin());
}
