using Grpc.Core;
using Microsoft.IdentityModel.JsonWebTokens;
using Platform.Contracts.Core.V1;
using Platform.Identity;
using Platform.Testing;

namespace Platform.Core.Tests.Identity;

/// <summary>A call any authenticated caller may make, made with a given token, to see whether the host accepts it.</summary>
internal static class TokenCalls
{
    public static CallOptions Bearer(string token) =>
        new(new Metadata { { "authorization", "Bearer " + token } }, DateTime.UtcNow.AddSeconds(30));

    public static async Task CallsAsync(TestPlatform platform, string token) =>
        await new ModuleService.ModuleServiceClient(platform.Channel).ListModulesAsync(new ListModulesRequest(), Bearer(token));

    /// <summary>The UNAUTHENTICATED message the host answers the token with.</summary>
    public static async Task<string> RefusalAsync(TestPlatform platform, string token) =>
        (await RpcAssert.FailsWith(StatusCode.Unauthenticated, () => CallsAsync(platform, token))).Status.Detail;

    public static string KeyIdOf(string token) => new JsonWebToken(token).Kid;

    public static LocalTokenIssuer IssuerOf(TestPlatform platform, TimeProvider? time = null) =>
        new(LocalSigningKey.Load(LocalSigningKey.PathIn(platform.DataDirectory)), time);
}

/// <summary>A clock that stands still at the given time, for tokens issued in the past.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
