using Grpc.Core;
using Platform.Contracts.Core.V1;
using Platform.Core.Tests.Administration;
using Platform.Core.Tests.Infrastructure;
using Platform.Identity;
using Platform.Testing;

namespace Platform.Core.Tests.Identity;

/// <summary>Service accounts of partner systems: named, listed and revocable, by platform administrators only.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ServiceAccountTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    private ServiceAccountService.ServiceAccountServiceClient Accounts => new(platform.Channel);

    [Fact]
    public async Task An_administrator_adds_a_service_account_issues_its_token_calls_revokes_it_and_the_next_call_is_refused_with_the_CLI()
    {
        var name = "centre-app-" + Guid.NewGuid().ToString("N")[..8];
        Assert.Equal(0, (await AdminCli.RunAsync(platform, "service-accounts", "add", name, "--description", "The centre's app")).ExitCode);
        var issued = await AdminCli.RunAsync(platform, "token", "issue", "--service-account", name, "--grant", "viewer@municipality:0101", "--lifetime-hours", "720");
        Assert.Equal(0, issued.ExitCode);
        var token = issued.Output.Trim();
        await TokenCalls.CallsAsync(platform, token);
        Assert.Contains(name + " ", (await AdminCli.RunAsync(platform, "service-accounts", "list")).Output, StringComparison.Ordinal);

        Assert.Equal(0, (await AdminCli.RunAsync(platform, "service-accounts", "revoke", name)).ExitCode);

        var refusal = await TokenCalls.RefusalAsync(platform, token);
        Assert.StartsWith($"The token's service account '{name}' was revoked at ", refusal, StringComparison.Ordinal);
        var listed = await AdminCli.RunAsync(platform, "service-accounts", "list");
        Assert.Contains("revoked", listed.Output.Split('\n').Single(line => line.Contains(name, StringComparison.Ordinal)), StringComparison.Ordinal);
        var reissued = await AdminCli.RunAsync(platform, "token", "issue", "--service-account", name, "--grant", "admin");
        Assert.Equal(1, reissued.ExitCode);
        Assert.Contains("is revoked", reissued.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adding_and_revoking_a_service_account_each_write_one_audit_entry_and_revoking_it_again_writes_none()
    {
        var name = "audited-app-" + Guid.NewGuid().ToString("N")[..8];
        var account = await Accounts.AddServiceAccountAsync(new AddServiceAccountRequest { Name = name }, platform.AsAdmin());
        await Accounts.RevokeServiceAccountAsync(new RevokeServiceAccountRequest { ServiceAccount = name }, platform.AsAdmin());
        await Accounts.RevokeServiceAccountAsync(new RevokeServiceAccountRequest { ServiceAccount = account.Id }, platform.AsAdmin());

        var entries = (await new AuditService.AuditServiceClient(platform.Channel).ListAuditEntriesAsync(
            new ListAuditEntriesRequest { PageSize = 500 }, platform.AsAdmin())).Entries.Where(entry => entry.Target == account.Id).ToList();

        Assert.Equal(["security.service-account-revoked", "security.service-account-added"], entries.Select(entry => entry.Action));
        Assert.All(entries, entry => Assert.Equal((AuditActorKind.PlatformAdmin, name), (entry.ActorKind, entry.Detail)));
    }

    [Fact]
    public async Task A_token_naming_a_service_account_the_platform_does_not_know_is_unauthenticated_with_a_message()
    {
        var unknown = Guid.NewGuid().ToString();
        var token = TokenCalls.IssuerOf(platform).Issue("ghost", [RoleGrant.Admin], TimeSpan.FromDays(1), serviceAccountId: unknown);

        var refusal = await TokenCalls.RefusalAsync(platform, token);

        Assert.StartsWith($"The token names service account {unknown}, which this platform does not know", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_a_platform_administrator_adds_lists_or_revokes_service_accounts()
    {
        var added = await Accounts.AddServiceAccountAsync(new AddServiceAccountRequest { Name = "partner-" + Guid.NewGuid().ToString("N")[..8] }, platform.AsAdmin());
        var code = platform.MunicipalityCodes.Take();
        RoleGrant[] others =
        [
            RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code),
            RoleGrant.ForMunicipality(PlatformRole.Viewer, code),
            RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, "any"),
        ];
        foreach (var grant in others)
        {
            var caller = platform.As(grant);
            await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Accounts.AddServiceAccountAsync(new AddServiceAccountRequest { Name = "sneaky" }, caller).ResponseAsync);
            await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Accounts.ListServiceAccountsAsync(new ListServiceAccountsRequest(), caller).ResponseAsync);
            await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Accounts.RevokeServiceAccountAsync(new RevokeServiceAccountRequest { ServiceAccount = added.Id }, caller).ResponseAsync);
        }

        var listed = await Accounts.ListServiceAccountsAsync(new ListServiceAccountsRequest(), platform.AsAdmin());
        Assert.Null(listed.ServiceAccounts.Single(a => a.Id == added.Id).RevokedAt);
    }

    [Fact]
    public async Task A_bad_name_is_invalid_argument_naming_the_field_a_taken_name_already_exists_and_an_unknown_account_is_not_found()
    {
        await RpcAssert.InvalidField("name", () => Accounts.AddServiceAccountAsync(new AddServiceAccountRequest { Name = "Not A Name" }, platform.AsAdmin()).ResponseAsync);
        var name = "taken-" + Guid.NewGuid().ToString("N")[..8];
        await Accounts.AddServiceAccountAsync(new AddServiceAccountRequest { Name = name }, platform.AsAdmin());
        await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => Accounts.AddServiceAccountAsync(new AddServiceAccountRequest { Name = name }, platform.AsAdmin()).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Accounts.RevokeServiceAccountAsync(new RevokeServiceAccountRequest { ServiceAccount = "nobody-" + name }, platform.AsAdmin()).ResponseAsync);
    }
}
