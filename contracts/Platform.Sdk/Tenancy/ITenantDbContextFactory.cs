using Platform.Sdk.Callers;

namespace Platform.Sdk.Tenancy;

/// <summary>
/// Opens a module's model for the current caller, scoped to the municipalities and partnerships the caller may see.
/// This is the only way a module reaches its data, so it cannot forget the owners' filters.
/// </summary>
public interface ITenantDbContextFactory<TContext>
    where TContext : TenantDbContext
{
    /// <summary>
    /// One municipality; checks the caller's access (see <see cref="ICallerContext.RequireAsync"/>). The context also
    /// reads, never writes, the rows its partnerships share with their members (<see cref="ISharedWithMembers"/>): of every
    /// partnership the municipality is or was a member of, or, for a caller who reaches it only through a partnership's
    /// grant, of that partnership. No other partnership's rows are visible.
    /// </summary>
    Task<TContext> OpenAsync(string municipalityCode, AccessLevel required, CancellationToken cancellationToken);

    /// <summary>
    /// The current members of a partnership, e.g. for aggregates across them, after
    /// <see cref="ICallerContext.RequirePartnershipAsync"/>, which requires a role in the partnership itself. The context
    /// also holds the partnership's own rows (<see cref="IPartnershipOwned"/>) at that role, as
    /// <see cref="OpenPartnershipAsync"/> does.
    /// </summary>
    Task<TContext> OpenForPartnershipAsync(string partnershipId, AccessLevel required, CancellationToken cancellationToken);

    /// <summary>
    /// The partnership itself, after <see cref="ICallerContext.RequirePartnershipRoleAsync"/>: its own rows
    /// (<see cref="IPartnershipOwned"/>), read with <see cref="PartnershipAccess.View"/> and written with
    /// <see cref="PartnershipAccess.Manage"/>, whatever its members' module switches. It sees no municipality's rows.
    /// </summary>
    Task<TContext> OpenPartnershipAsync(string partnershipId, PartnershipAccess required, CancellationToken cancellationToken);
}
