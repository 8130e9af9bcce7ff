using System.Diagnostics;
using Platform.Core.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Core.Tests.Administration;

/// <summary>The admin CLI as an administrator runs it: its own process, talking gRPC to a running host.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AdminCliTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task An_administrator_creates_a_partnership_onboards_municipalities_and_lists_them_with_the_CLI()
    {
        var first = platform.MunicipalityCodes.Take();
        var second = platform.MunicipalityCodes.Take();
        var id = "cli-" + Guid.NewGuid().ToString("N")[..8];

        Assert.Equal(0, (await RunAsync("partnership", "create", "--name", "Center for Sundt Liv og Trivsel", "--centre", "Center for Sundt Liv og Trivsel", "--id", id)).ExitCode);
        Assert.Equal(0, (await RunAsync("partnership", "onboard", id, first)).ExitCode);
        var onboarded = await RunAsync("partnership", "onboard", id, second);
        var shown = await RunAsync("municipality", "show", second);
        var modules = await RunAsync("module", "list");

        Assert.Contains($"{first} {MunicipalityCodes.NameOf(first)}", onboarded.Output);
        Assert.Contains($"{second} {MunicipalityCodes.NameOf(second)}", onboarded.Output);
        Assert.Contains($"{id}: joined", shown.Output);
        Assert.Contains("sample", modules.Output);
        Assert.Contains("FAILED", modules.Output);
    }

    [Fact]
    public async Task The_CLI_reports_a_refused_call_with_its_status_and_field_and_exits_non_zero()
    {
        var id = await Scenario.PartnershipWithMembersAsync(platform);

        var refused = await RunAsync("partnership", "onboard", id, "9999");
        var unknownCommand = await RunAsync("partnership", "dance");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("InvalidArgument", refused.Error);
        Assert.Contains("municipality_code", refused.Error);
        Assert.Equal(2, unknownCommand.ExitCode);
    }

    [Fact]
    public async Task A_token_issued_by_the_CLI_carries_its_grants_to_the_host()
    {
        var coordinated = platform.MunicipalityCodes.Take();
        var notCoordinated = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, coordinated);

        var token = (await RunAsync("token", "issue", "--subject", "coordinator", "--grant", $"coordinator@municipality:{coordinated}")).Output.Trim();
        var own = await RunAsync("--token", token, "municipality", "show", coordinated);
        var other = await RunAsync("--token", token, "municipality", "show", notCoordinated);
        var badGrant = await RunAsync("token", "issue", "--subject", "x", "--grant", $"owner@municipality:{coordinated}");

        Assert.Equal(0, own.ExitCode);
        Assert.Contains(MunicipalityCodes.NameOf(coordinated), own.Output);
        Assert.Contains("PermissionDenied", other.Error);
        Assert.Equal(2, badGrant.ExitCode);
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(TestModules.BuildOutputOf("host/Platform.Admin"), "platform-admin.dll"), "--host", platform.Address.ToString(), "--data-dir", platform.DataDirectory }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
