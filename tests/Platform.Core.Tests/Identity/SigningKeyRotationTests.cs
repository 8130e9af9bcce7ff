using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using Platform.Core.Tests.Administration;
using Platform.Identity;
using Platform.Testing;

namespace Platform.Core.Tests.Identity;

/// <summary>The local signing key set, rotated with the admin CLI while the host runs.</summary>
public sealed class SigningKeyRotationTests
{
    [Fact]
    public async Task A_token_of_the_old_key_works_after_a_new_key_is_added_and_is_refused_with_a_message_once_the_old_key_is_retired()
    {
        await using var platform = await TestPlatform.StartAsync();
        var oldToken = TokenCalls.IssuerOf(platform).Issue("partner", [RoleGrant.Admin], TimeSpan.FromHours(1));
        var oldKey = TokenCalls.KeyIdOf(oldToken);

        var added = await AdminCli.RunAsync(platform, "key", "add");
        Assert.Equal(0, added.ExitCode);
        var newToken = TokenCalls.IssuerOf(platform).Issue("partner", [RoleGrant.Admin], TimeSpan.FromHours(1));
        var newKey = TokenCalls.KeyIdOf(newToken);
        Assert.NotEqual(oldKey, newKey);
        Assert.StartsWith(newKey, added.Output, StringComparison.Ordinal);
        await TokenCalls.CallsAsync(platform, oldToken);
        await TokenCalls.CallsAsync(platform, newToken);

        var retiringTheSigningKey = await AdminCli.RunAsync(platform, "key", "retire", newKey);
        Assert.Equal(1, retiringTheSigningKey.ExitCode);
        Assert.Contains("add a new key first", retiringTheSigningKey.Error, StringComparison.Ordinal);

        Assert.Equal(0, (await AdminCli.RunAsync(platform, "key", "retire", oldKey)).ExitCode);
        var refusal = await TokenCalls.RefusalAsync(platform, oldToken);
        Assert.Equal($"The token is signed with key '{oldKey}', which this platform does not accept (retired, or never one of its keys); get a new token and call again.", refusal);
        await TokenCalls.CallsAsync(platform, newToken);
    }

    [Fact]
    public async Task A_token_whose_key_id_the_platform_never_had_is_unauthenticated_with_a_message_naming_the_key()
    {
        await using var platform = await TestPlatform.StartAsync();
        var stranger = SigningKeySet.Empty.WithNewKey(TimeProvider.System).Signing;
        var token = new LocalTokenIssuer(new SymmetricSecurityKey(Convert.FromBase64String(stranger.Key)) { KeyId = "stranger" })
            .Issue("intruder", [RoleGrant.Admin], TimeSpan.FromHours(1));

        var refusal = await TokenCalls.RefusalAsync(platform, token);

        Assert.Contains("signed with key 'stranger', which this platform does not accept", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_single_key_file_from_before_key_sets_keeps_its_tokens_valid_and_becomes_a_key_set_of_that_one_key()
    {
        var dataDirectory = TestPlatform.NewDataDirectory();
        var bits = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var path = LocalSigningKey.PathIn(dataDirectory);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(new { Key = bits, CreatedAt = DateTimeOffset.UtcNow.AddYears(-1) }));
        var earlierToken = new LocalTokenIssuer(new SymmetricSecurityKey(Convert.FromBase64String(bits)) { KeyId = SigningKeySet.SingleKeyId })
            .Issue("partner", [RoleGrant.Admin], TimeSpan.FromHours(1));

        await using var platform = await TestPlatform.StartAsync(dataDirectory);

        await TokenCalls.CallsAsync(platform, earlierToken);
        var migrated = LocalSigningKey.Load(path);
        var key = Assert.Single(migrated.Keys);
        Assert.Equal((SigningKeySet.SingleKeyId, bits, true), (key.KeyId, key.Key, key.Signs));
        Assert.Contains("\"Keys\"", await File.ReadAllTextAsync(path), StringComparison.Ordinal);
    }
}
