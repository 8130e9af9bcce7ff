using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.ActorMapping.V1;
using Platform.Host.Tenancy;
using Platform.Identity;
using Platform.Sdk.Callers;
using Platform.Sdk.Modules;
using Platform.Testing;

namespace Platform.Core.Tests.Infrastructure;

/// <summary>In-process calls between modules, made from a scope of the host as a module's code makes them.</summary>
public static class InProcess
{
    /// <summary>Runs <paramref name="call"/> with the module clients of a scope whose caller has the grants, as a request's scope has.</summary>
    public static async Task<T> AsAsync<T>(TestPlatform platform, RoleGrant[] grants, Func<IModuleClients, Task<T>> call)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerContext>().Caller = new Caller("in-process-test", null, grants);
        return await call(scope.ServiceProvider.GetRequiredService<IModuleClients>());
    }

    /// <summary>An onboarded municipality with one actor in actor mapping, who has one contact person.</summary>
    public static async Task<(string Code, string PartnershipId, Actor Actor)> MappedMunicipalityAsync(TestPlatform platform)
    {
        var code = platform.MunicipalityCodes.Take();
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, code);
        var actor = await new ActorService.ActorServiceClient(platform.Channel).CreateActorAsync(new CreateActorRequest
        {
            MunicipalityCode = code,
            Fields = new ActorFields { Name = "Spejderne", Sector = Sector.CivilSociety, Category = "association" },
            Contacts = { new ContactPerson { Name = "Mette Hansen", Email = "mette@example.dk" } },
        }, platform.AsAdmin());
        return (code, partnership, actor);
    }
}
