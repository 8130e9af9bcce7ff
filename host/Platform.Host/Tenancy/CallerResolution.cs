using System.Security.Claims;
using Platform.Host.Modules;
using Platform.Host.People;
using Platform.Identity;
using Platform.Sdk.Callers;

namespace Platform.Host.Tenancy;

/// <summary>
/// Sets the request scope's caller from the authenticated principal (a bearer token or a web session; an anonymous
/// caller has no grants), and the called module from the endpoint, for gRPC calls and web requests alike. A person of
/// the people store (<see cref="PersonSubject"/>) gets the grants the store holds now, never those a token claims, so a
/// revoked grant stops working at the next request; any other subject keeps its token's grants.
/// </summary>
internal sealed class CallerResolution(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, CallerContext caller, StoredCallers people)
    {
        caller.Caller = http.User.Identity?.IsAuthenticated == true
            && PersonSubject.TryParse(http.User.FindFirstValue(PlatformClaimTypes.Subject), out var personId)
            ? await people.CallerOfAsync(personId, http.RequestAborted)
            : FromPrincipal(http.User);
        caller.ModuleId = http.GetEndpoint()?.Metadata.GetMetadata<ModuleEndpointMetadata>()?.ModuleId;
        await next(http);
    }

    /// <summary>Grants that do not parse are ignored: a token cannot gain access by a malformed claim.</summary>
    private static Caller FromPrincipal(ClaimsPrincipal principal)
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
