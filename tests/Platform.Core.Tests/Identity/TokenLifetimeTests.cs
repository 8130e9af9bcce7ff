using Platform.Contracts.Core.V1;
using Platform.Core.Tests.Administration;
using Platform.Core.Tests.Infrastructure;
using Platform.Identity;
using Platform.Testing;

namespace Platform.Core.Tests.Identity;

/// <summary>How long a token may last: 8 hours for a person's, 90 days for a service account's, and never after it expired.</summary>
[Collection(PlatformCollection.Name)]
public sealed class TokenLifetimeTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task An_expired_token_is_unauthenticated_with_a_message_that_says_when_it_expired()
    {
        var issuedAt = DateTimeOffset.UtcNow.AddHours(-3);
        var token = TokenCalls.IssuerOf(platform, new FixedClock(issuedAt)).Issue("partner", [RoleGrant.Admin], TimeSpan.FromHours(1));

        var refusal = await TokenCalls.RefusalAsync(platform, token);

        Assert.Equal($"The token expired at {issuedAt.AddHours(1).UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC; get a new one and call again.", refusal);
    }

    [Fact]
    public async Task A_person_s_token_valid_for_longer_than_8_hours_is_refused_with_a_message_saying_so()
    {
        await TokenCalls.CallsAsync(platform, TokenCalls.IssuerOf(platform).Issue("person", [RoleGrant.Admin], TimeSpan.FromHours(8)));
        var token = TokenCalls.IssuerOf(platform).Issue("person", [RoleGrant.Admin], TimeSpan.FromHours(9));

        var refusal = await TokenCalls.RefusalAsync(platform, token);

        Assert.Equal("The token is valid for 9 hours, longer than the 8 hours this platform allows a token that is not a service account's; get a shorter-lived token and call again.", refusal);
    }

    [Fact]
    public async Task The_CLI_refuses_to_issue_a_person_s_token_valid_for_longer_than_8_hours()
    {
        var refused = await AdminCli.RunAsync(platform, "token", "issue", "--subject", "alice", "--grant", "admin", "--lifetime-hours", "9");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--lifetime-hours may be at most 8 for a token that is not a service account's", refused.Error, StringComparison.Ordinal);
        Assert.Empty(refused.Output);
    }

    [Fact]
    public async Task A_service_account_s_token_of_30_days_is_accepted_and_one_of_91_days_is_refused()
    {
        var account = await ServiceAccountsAsAdmin().AddServiceAccountAsync(
            new AddServiceAccountRequest { Name = "lifetime-" + Guid.NewGuid().ToString("N")[..8] }, platform.AsAdmin());

        await TokenCalls.CallsAsync(platform, TokenCalls.IssuerOf(platform).Issue(account.Name, [RoleGrant.Admin], TimeSpan.FromDays(30), serviceAccountId: account.Id));
        var refusal = await TokenCalls.RefusalAsync(platform, TokenCalls.IssuerOf(platform).Issue(account.Name, [RoleGrant.Admin], TimeSpan.FromDays(91), serviceAccountId: account.Id));

        Assert.Equal("The token is valid for 2184 hours, longer than the 2160 hours this platform allows a service account's token; get a shorter-lived token and call again.", refusal);
    }

    private ServiceAccountService.ServiceAccountServiceClient ServiceAccountsAsAdmin() => new(platform.Channel);
}
