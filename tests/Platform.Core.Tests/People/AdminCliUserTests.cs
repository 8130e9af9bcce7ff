using Platform.Core.Tests.Administration;
using Platform.Core.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Core.Tests.People;

/// <summary><c>platform-admin user ...</c> run as its own process against a host.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AdminCliUserTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task An_administrator_invites_a_person_lists_them_by_municipality_name_then_revokes_a_grant_and_removes_them()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var email = PeopleCalls.NewEmail("mette");

        var invited = await AdminCli.RunAsync(platform, "user", "invite", "--email", email, "--name", "Mette Hansen",
            "--grant", $"coordinator@municipality:{code}", "--grant", $"viewer@municipality:{code}");
        var listed = await AdminCli.RunAsync(platform, "user", "list", "--municipality", MunicipalityCodes.NameOf(code));
        var revoked = await AdminCli.RunAsync(platform, "user", "revoke", "--email", email, "--grant", $"coordinator@municipality:{code}");
        var removed = await AdminCli.RunAsync(platform, "user", "revoke", "--email", email);
        var afterwards = await AdminCli.RunAsync(platform, "user", "list", "--municipality", code);

        Assert.Equal((0, ""), (invited.ExitCode, invited.Error));
        Assert.Matches($"{platform.WebAddress}sign-in/[A-Za-z0-9_-]{{43}}", invited.Output);
        var line = Assert.Single(listed.Output.Split('\n'), l => l.StartsWith(email, StringComparison.Ordinal));
        Assert.Contains("invited", line);
        Assert.Contains($"coordinator@municipality:{code} viewer@municipality:{code}", line);
        Assert.Contains($"{email}: viewer@municipality:{code}", revoked.Output);
        Assert.Contains("is removed", removed.Output);
        Assert.DoesNotContain(email, afterwards.Output);
    }

    [Fact]
    public async Task A_grant_that_does_not_parse_and_a_person_who_does_not_exist_are_each_reported_once_in_plain_words()
    {
        var malformed = await AdminCli.RunAsync(platform, "user", "invite", "--email", "a@example.dk", "--grant", "boss");
        var unknown = await AdminCli.RunAsync(platform, "user", "revoke", "--email", PeopleCalls.NewEmail("nobody"));

        Assert.Equal(2, malformed.ExitCode);
        Assert.Equal("--grant 'boss' is not a grant.", malformed.ErrorLines[0][..30]);
        Assert.Single(malformed.ErrorLines, l => l.Contains("'boss'", StringComparison.Ordinal));
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("No person with that id or e-mail address", Assert.Single(unknown.ErrorLines));
    }
}
