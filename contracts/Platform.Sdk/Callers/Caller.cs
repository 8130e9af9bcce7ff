using Platform.Identity;

namespace Platform.Sdk.Callers;

/// <summary>
/// The authenticated caller of the current request, the platform itself for background jobs and named elevations
/// (<see cref="IPlatformElevation"/>), or <see cref="Anonymous"/>: no grants, what every scope starts with.
/// </summary>
public sealed record Caller(string Subject, string? DisplayName, IReadOnlyList<RoleGrant> Grants)
{
    /// <summary>The platform acting on its own behalf (background jobs, start-up work).</summary>
    public static Caller System { get; } = new("system", "Platform", [RoleGrant.Admin]);

    /// <summary>Nobody in particular: a scope no request, job or elevation set up. It has no access anywhere.</summary>
    public static Caller Anonymous { get; } = new("anonymous", null, []);

    public bool IsAdmin => Grants.Any(grant => grant.Role == PlatformRole.PlatformAdmin);
}
