using Platform.Core.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Core.Tests.Administration;

/// <summary>The admin CLI's everyday commands and how it reports what went wrong.</summary>
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

        Assert.Equal(0, (await AdminCli.RunAsync(platform, "partnership", "create", "--name", "Center for Sundt Liv og Trivsel", "--centre", "Center for Sundt Liv og Trivsel", "--id", id)).ExitCode);
        Assert.Equal(0, (await AdminCli.RunAsync(platform, "partnership", "onboard", id, first)).ExitCode);
        var onboarded = await AdminCli.RunAsync(platform, "partnership", "onboard", id, second);
        var shown = await AdminCli.RunAsync(platform, "municipality", "show", second);
        var modules = await AdminCli.RunAsync(platform, "module", "list");

        Assert.Contains($"{first} {MunicipalityCodes.NameOf(first)}", onboarded.Output);
        Assert.Contains($"{second} {MunicipalityCodes.NameOf(second)}", onboarded.Output);
        Assert.Contains($"{id}: joined", shown.Output);
        Assert.Contains("sample", modules.Output);
        Assert.Contains("FAILED", modules.Output);
    }

    [Fact]
    public async Task A_call_the_host_refuses_is_printed_once_as_a_sentence_naming_the_field_with_exit_code_1()
    {
        var id = await Scenario.PartnershipWithMembersAsync(platform);

        var refused = await AdminCli.RunAsync(platform, "partnership", "onboard", id, "9999");

        Assert.Equal(1, refused.ExitCode);
        var line = Assert.Single(refused.ErrorLines);
        Assert.StartsWith("municipality_code: '9999' is not a Danish municipality code.", line);
        Assert.Contains("run the command again", line);
        Assert.Empty(refused.Output);
    }

    [Fact]
    public async Task A_host_that_cannot_be_reached_is_named_with_how_to_start_one()
    {
        var nobody = new Uri($"http://127.0.0.1:{FreePorts.Next()}");

        var unreachable = await AdminCli.RunAgainstAsync(nobody, platform.DataDirectory, "partnership", "list");

        Assert.Equal(1, unreachable.ExitCode);
        var line = Assert.Single(unreachable.ErrorLines);
        Assert.Contains($"Cannot reach the host at {nobody}", line);
        Assert.Contains("connection refused", line);
        Assert.Contains("dotnet run --project host/Platform.Host", line);
    }

    [Fact]
    public async Task A_command_line_that_does_not_parse_is_named_once_with_where_to_find_help_and_exit_code_2()
    {
        var unknownCommand = await AdminCli.RunAsync(platform, "partnership", "dance");
        var missingOption = await AdminCli.RunAsync(platform, "partnership", "create", "--name", "Trivsel");
        var badState = await AdminCli.RunAsync(platform, "job", "list", "--state", "sleeping");

        Assert.Equal(2, unknownCommand.ExitCode);
        Assert.Equal(["Unrecognized command or argument 'dance'.", "Run 'platform-admin partnership --help' to see its commands and options."], unknownCommand.ErrorLines);
        Assert.Equal(2, missingOption.ExitCode);
        Assert.Equal(["Option '--centre' is required.", "Run 'platform-admin partnership create --help' to see its arguments and options."], missingOption.ErrorLines);
        Assert.Equal(2, badState.ExitCode);
        Assert.Equal("--state must be pending, running, succeeded or failed, not 'sleeping'.", badState.ErrorLines[0]);
    }

    [Fact]
    public async Task A_token_issued_by_the_CLI_carries_its_grants_to_the_host()
    {
        var coordinated = platform.MunicipalityCodes.Take();
        var notCoordinated = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, coordinated);

        var token = (await AdminCli.RunAsync(platform, "token", "issue", "--subject", "coordinator", "--grant", $"coordinator@municipality:{coordinated}")).Output.Trim();
        var own = await AdminCli.RunAsync(platform, "--token", token, "municipality", "show", coordinated);
        var other = await AdminCli.RunAsync(platform, "--token", token, "municipality", "show", notCoordinated);
        var badGrant = await AdminCli.RunAsync(platform, "token", "issue", "--subject", "x", "--grant", $"owner@municipality:{coordinated}");

        Assert.Equal(0, own.ExitCode);
        Assert.Contains(MunicipalityCodes.NameOf(coordinated), own.Output);
        Assert.Equal(1, other.ExitCode);
        Assert.Contains($"may not do this in municipality {notCoordinated}", Assert.Single(other.ErrorLines));
        Assert.Equal(2, badGrant.ExitCode);
        Assert.StartsWith($"--grant 'owner@municipality:{coordinated}' is not a grant.", badGrant.ErrorLines[0]);
    }
}
