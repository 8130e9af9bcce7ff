using Grpc.Core;
using Platform.Contracts.ActorMapping.V1;
using Platform.Testing;

namespace Platform.ActorMapping.Tests.Infrastructure;

/// <summary>Actors as the tests write them.</summary>
public static class ActorFactory
{
    public static ActorFields Fields(string name, Sector sector = Sector.CivilSociety, string category = "association",
        string[]? themes = null, string[]? arenas = null, string[]? ageGroups = null, string localAreaId = "") => new()
    {
        Name = name,
        Sector = sector,
        Category = category,
        Themes = { themes ?? ["physical-activity"] },
        Arenas = { arenas ?? ["sports hall"] },
        AgeGroups = { ageGroups ?? ["6-10"] },
        LocalAreaId = localAreaId,
    };

    public static Task<Actor> CreateAsync(TestPlatform platform, string code, ActorFields fields, CallOptions? as_ = null, params ContactPerson[] contacts) =>
        new ActorService.ActorServiceClient(platform.Channel).CreateActorAsync(
            new CreateActorRequest { MunicipalityCode = code, Fields = fields, Contacts = { contacts } }, as_ ?? platform.AsAdmin()).ResponseAsync;
}
