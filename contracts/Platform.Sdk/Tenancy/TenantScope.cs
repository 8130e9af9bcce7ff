using Platform.Sdk.Callers;

namespace Platform.Sdk.Tenancy;

/// <summary>
/// What a tenant context may read and write: rows of municipalities (<see cref="ITenantOwned"/>) and rows of
/// partnerships (<see cref="IPartnershipOwned"/>). Only <see cref="ITenantDbContextFactory{TContext}"/> sets it, from the
/// caller's grants.
/// </summary>
/// <param name="MunicipalityCodes">The tenants whose rows are visible.</param>
/// <param name="Access">The caller's lowest access among them; writes need at least <see cref="AccessLevel.Contribute"/>.</param>
public sealed record TenantScope(IReadOnlyList<string> MunicipalityCodes, AccessLevel Access)
{
    public static TenantScope Nothing { get; } = new([], AccessLevel.None);

    /// <summary>
    /// The partnerships whose rows are all visible, because the context was opened for the caller's role in the
    /// partnership itself (its staff or viewers, or an administrator).
    /// </summary>
    public IReadOnlyList<string> PartnershipIds { get; init; } = [];

    /// <summary>The caller's role in <see cref="PartnershipIds"/>: <see cref="PartnershipAccess.Manage"/> writes their rows.</summary>
    public PartnershipAccess PartnershipAccess { get; init; }

    /// <summary>
    /// The partnerships whose rows shared with their members (<see cref="ISharedWithMembers"/>) are visible too, read only:
    /// in a municipality's context, each partnership it is or was a member of; for a caller who reaches the municipality
    /// only through a partnership's grant, just that partnership.
    /// </summary>
    public IReadOnlyList<string> SharedPartnershipIds { get; init; } = [];

    public bool CanWrite(string municipalityCode) =>
        Access >= AccessLevel.Contribute && MunicipalityCodes.Contains(municipalityCode);

    public bool CanWritePartnership(string partnershipId) =>
        PartnershipAccess >= PartnershipAccess.Manage && PartnershipIds.Contains(partnershipId);

    /// <summary>
    /// Whether the context reads the partnership's rows through a role in the partnership itself, so all of them,
    /// rather than as a member's context, which reads only what the partnership shares with its members.
    /// </summary>
    public bool HasRoleIn(string partnershipId) => PartnershipIds.Contains(partnershipId);
}
