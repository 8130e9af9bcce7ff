using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Grpc.Core;
using Platform.Host.Grpc;

namespace Platform.Host.Security;

/// <summary>
/// A gRPC call without a valid token answers UNAUTHENTICATED with a message that says what was wrong and what to do,
/// as a gRPC status (trailers-only), instead of a bare HTTP 401 that a client shows as "Bad gRPC response". Other
/// requests keep the usual challenge.
/// </summary>
internal static class GrpcChallenge
{
    public static Task WriteAsync(JwtBearerChallengeContext challenge)
    {
        var response = challenge.Response;
        if (!TrailersOnlyStatus.IsGrpc(challenge.Request) || response.HasStarted)
        {
            return Task.CompletedTask;
        }

        challenge.HandleResponse();
        var message = challenge.AuthenticateFailure switch
        {
            SecurityTokenExpiredException expired =>
                $"The token expired at {expired.Expires:yyyy-MM-dd HH:mm:ss} UTC; get a new one and call again.",
            RefusedTokenException refused => refused.Message,
            not null when UnacceptedKeyId(challenge) is { } keyId =>
                $"The token is signed with key '{keyId}', which this platform does not accept (retired, or never one of its keys); get a new token and call again.",
            not null => "The token is not valid here (its signature, issuer or audience does not match this platform); get a token from this platform and call again.",
            null when challenge.Request.Headers.Authorization.Count == 0 =>
                "No token: send a bearer token from this platform in the 'authorization' header ('Bearer <token>').",
            null => "The authorization header holds no bearer token: send 'Bearer <token>'.",
        };
        TrailersOnlyStatus.Write(response, StatusCode.Unauthenticated, message);
        return Task.CompletedTask;
    }

    /// <summary>The key id of a token whose header names a key the local key set does not hold (none with an authority).</summary>
    private static string? UnacceptedKeyId(JwtBearerChallengeContext challenge)
    {
        var ring = challenge.HttpContext.RequestServices.GetService<LocalKeyRing>();
        var header = challenge.Request.Headers.Authorization.ToString();
        const string bearer = "Bearer ";
        if (ring is null || !header.StartsWith(bearer, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var raw = header[bearer.Length..].Trim();
        if (!new JsonWebTokenHandler().CanReadToken(raw))
        {
            return null;
        }

        var keyId = new JsonWebToken(raw).Kid;
        return string.IsNullOrEmpty(keyId) || ring.Holds(keyId) ? null : keyId;
    }
}
