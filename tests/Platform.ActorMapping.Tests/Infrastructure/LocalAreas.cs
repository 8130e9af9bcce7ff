using Platform.Contracts.Core.V1;
using Platform.Testing;

namespace Platform.ActorMapping.Tests.Infrastructure;

/// <summary>Local areas of a municipality, added through the core's municipality service.</summary>
public static class LocalAreas
{
    public static async Task<string> AddAsync(TestPlatform platform, string code, string name)
    {
        var municipalities = new MunicipalityService.MunicipalityServiceClient(platform.Channel);
        var before = await municipalities.GetMunicipalityAsync(new GetMunicipalityRequest { Code = code }, platform.AsAdmin());
        var after = await municipalities.AddLocalAreaAsync(
            new AddLocalAreaRequest { Code = code, Name = name, ExpectedVersion = before.Version }, platform.AsAdmin());
        return after.LocalAreas.Single(area => area.Name == name).Id;
    }
}
