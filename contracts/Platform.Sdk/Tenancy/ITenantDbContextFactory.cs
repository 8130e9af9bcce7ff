using Platform.Sdk.Callers;

namespace Platform.Sdk.Tenancy;

/// <summary>
/// Opens a module's model for the current caller, scoped to the tenants the caller may see. This is the only way a
/// module reaches its data, so it cannot forget the tenant filter.
/// </summary>
public interface ITenantDbContextFactory<TContext>
    where TContext : TenantDbContext
{
    /// <summary>One municipality; checks the caller's access (see <see cref="ICallerContext.RequireAsync"/>).</summary>
    Task<TContext> OpenAsync(string municipalityCode, AccessLevel required, CancellationToken cancellationToken);

    /// <summary>The current members of a partnership, e.g. for aggregates across them.</summary>
    Task<TContext> OpenForPartnershipAsync(string partnershipId, AccessLevel required, CancellationToken cancellationToken);

    /// <summary>
    /// The partnership's own rows: those a module keys by partnership id rather than by municipality, after
    /// <see cref="ICallerContext.RequirePartnershipRoleAsync"/>. The context sees and writes no municipality's rows, so
    /// the module filters such rows by the partnership id itself.
    /// </summary>
    Task<TContext> OpenForPartnershipOwnDataAsync(string partnershipId, PartnershipAccess required, CancellationToken cancellationToken);
}
