using System.Security.Claims;
using Platform.Host.Modules;
using Platform.Identity;
using Platform.Sdk.Callers;

namespace Platform.Host.Tenancy;

/// <summary>
/// Sets the request scope's caller from the validated token (an anonymous caller has no grants), and the called
/// module from the endpoint, for gRPC calls and web requests alike.
/// </summary>
public sealed class CallerResolution(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext http, CallerContext caller)
    {
        caller.Caller = FromPrincipal(http.User);
        caller.ModuleId = http.GetEndpoint()?.Metadata.GetMetadata<ModuleEndpointMetadata>()?.ModuleId;
        return next(http);
    }

    /// <summary>Grants that do not parse are ignored: a token cannot gain access by a malformed claim.</summary>
    public static Caller FromPrincipal(ClaimsPrincipal principal)
    {
        var subject = principal.FindFirstValue(PlatformClaimTypes.Subject)
            ?? principal.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? "anonymous";
        var grants = principal.FindAll(PlatformClaimTypes.Grant)
            .Select(claim => RoleGrant.TryParse(claim.Value, out var grant) ? grant : null)
            .OfType<RoleGrant>()
            .ToList();
        return new Caller(subject, principal.FindFirstValue(PlatformClaimTypes.Name), grants);
    }
}
