using Platform.Core.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Core.Tests.Administration;

[Collection(PlatformCollection.Name)]
public sealed class AdminCliAuditTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task An_administrator_lists_a_municipalitys_audit_entries_as_a_table_with_the_CLI()
    {
        var code = platform.MunicipalityCodes.Take();
        var partnershipId = await Scenario.PartnershipWithMembersAsync(platform, code);

        var listed = await AdminCli.RunAsync(platform, "audit", "list", "--municipality", code);
        var refused = await AdminCli.RunAsync(platform, "audit", "list", "--page-size", "501");

        Assert.Equal(0, listed.ExitCode);
        var lines = listed.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("TIME (UTC)", lines[0]);
        var row = Assert.Single(lines[1..]);
        Assert.Contains("platform admin", row);
        Assert.Contains("partnership.municipality-onboarded", row);
        Assert.Contains($"{code} {partnershipId}", row);
        Assert.Equal(1, refused.ExitCode);
        Assert.StartsWith("page_size:", Assert.Single(refused.ErrorLines));
    }
}
