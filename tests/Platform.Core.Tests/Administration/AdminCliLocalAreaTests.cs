using Platform.Contracts.Core.V1;
using Platform.Core.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Core.Tests.Administration;

/// <summary>A municipality's local areas through the CLI: add, list, rename, retire and reinstate.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AdminCliLocalAreaTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task An_administrator_adds_renames_retires_and_reinstates_local_areas_and_lists_them()
    {
        var code = platform.MunicipalityCodes.Take();
        var name = MunicipalityCodes.NameOf(code);
        await Scenario.PartnershipWithMembersAsync(platform, code);

        Assert.Equal(0, (await AdminCli.RunAsync(platform, "local-area", "add", name, "Vestbyen")).ExitCode);
        Assert.Equal(0, (await AdminCli.RunAsync(platform, "local-area", "add", code, "Østbyen")).ExitCode);
        Assert.Equal(0, (await AdminCli.RunAsync(platform, "local-area", "rename", name, "vestbyen", "Vestkvarteret")).ExitCode);
        var retired = await AdminCli.RunAsync(platform, "local-area", "retire", name, "østbyen");
        var listed = await AdminCli.RunAsync(platform, "local-area", "list", name);
        var whileRetired = await ReadAsync(code);
        var reinstated = await AdminCli.RunAsync(platform, "local-area", "reinstate", code, whileRetired["Østbyen"].Id);
        var after = await ReadAsync(code);

        Assert.Equal($"{code} {name}: the local area 'Østbyen' is retired.", retired.Output.Trim());
        Assert.Equal(
            [["Vestkvarteret", "active", whileRetired["Vestkvarteret"].Id], ["Østbyen", "retired", whileRetired["Østbyen"].Id]],
            listed.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal(["Vestkvarteret", "Østbyen"], whileRetired.Keys);
        Assert.True(whileRetired["Østbyen"].Retired);
        Assert.False(whileRetired["Vestkvarteret"].Retired);
        Assert.Equal(0, reinstated.ExitCode);
        Assert.False(after["Østbyen"].Retired);
        Assert.Equal(whileRetired["Østbyen"].Id, after["Østbyen"].Id);
    }

    [Fact]
    public async Task A_local_area_the_municipality_does_not_have_is_refused_with_the_areas_it_has()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        await AdminCli.RunAsync(platform, "local-area", "add", code, "Centrum");

        var missing = await AdminCli.RunAsync(platform, "local-area", "retire", code, "Havnen");
        var duplicate = await AdminCli.RunAsync(platform, "local-area", "add", code, "centrum");

        Assert.Equal(1, missing.ExitCode);
        Assert.Equal(
            $"{code} {MunicipalityCodes.NameOf(code)} has no local area 'Havnen'. Its local areas are: Centrum.",
            Assert.Single(missing.ErrorLines));
        Assert.Equal(1, duplicate.ExitCode);
        Assert.StartsWith($"Municipality {code} already has a local area named 'centrum'.", Assert.Single(duplicate.ErrorLines));
    }

    private async Task<Dictionary<string, LocalArea>> ReadAsync(string code) =>
        (await new MunicipalityService.MunicipalityServiceClient(platform.Channel)
            .GetMunicipalityAsync(new GetMunicipalityRequest { Code = code }, platform.AsAdmin()))
        .LocalAreas.ToDictionary(area => area.Name);
}
