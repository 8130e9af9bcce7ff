using Microsoft.AspNetCore.Authentication.JwtBearer;
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
            not null => "The token is not valid here (its signature, issuer or audience does not match this platform); get a token from this platform and call again.",
            null when challenge.Request.Headers.Authorization.Count == 0 =>
                "No token: send a bearer token from this platform in the 'authorization' header ('Bearer <token>').",
            null => "The authorization header holds no bearer token: send 'Bearer <token>'.",
        };
        TrailersOnlyStatus.Write(response, StatusCode.Unauthenticated, message);
        return Task.CompletedTask;
    }
}
