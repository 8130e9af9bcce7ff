namespace Platform.Sdk.Tenancy;

/// <summary>
/// A row that belongs to one partnership rather than to a municipality: what a centre keeps for the partnership itself
/// (its archived reports, its own surveys). <see cref="TenantDbContext"/> shows it only to a context opened for a role in
/// that partnership (<see cref="ITenantDbContextFactory{TContext}.OpenPartnershipAsync"/> or
/// <see cref="ITenantDbContextFactory{TContext}.OpenForPartnershipAsync"/>), and saves it only with
/// <see cref="Callers.PartnershipAccess.Manage"/>. A municipality's context, even of a member, never sees it, unless the
/// row is <see cref="ISharedWithMembers"/>.
/// </summary>
public interface IPartnershipOwned
{
    string PartnershipId { get; }
}
