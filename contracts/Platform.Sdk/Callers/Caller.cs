using Platform.Identity;

namespace Platform.Sdk.Callers;

/// <summary>The authenticated caller of the current request, or the platform itself for background jobs.</summary>
public sealed record Caller(string Subject, string? DisplayName, IReadOnlyList<RoleGrant> Grants)
{
    /// <summary>The platform acting on its own behalf (background jobs, start-up work).</summary>
    public static Caller System { get; } = new("system", "Platform", [RoleGrant.Admin]);

    public bool IsAdmin => Grants.Any(grant => grant.Role == PlatformRole.PlatformAdmin);
}
