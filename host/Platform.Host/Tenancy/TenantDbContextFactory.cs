using Platform.Host.Persistence;
using Platform.Sdk.Callers;
using Platform.Sdk.Tenancy;

namespace Platform.Host.Tenancy;

/// <summary>
/// Opens a module's context for the current caller, with the tenant scope its access allows. In a module's call or job
/// the switch checked is that of the module that owns the model, whichever module reads it; the platform acting through
/// an elevation, or a grain, checks no switch here and asks the directory itself where the switch matters.
/// </summary>
public sealed class TenantDbContextFactory<TContext>(ModelContextFactory<TContext> contexts, CallerContext caller)
    : ITenantDbContextFactory<TContext>
    where TContext : TenantDbContext
{
    private string? ModuleId => caller.ModuleId is null ? null : contexts.ModelName;

    public async Task<TContext> OpenAsync(string municipalityCode, AccessLevel required, CancellationToken cancellationToken)
    {
        var municipality = await caller.RequireMunicipalityAsync(municipalityCode, required, ModuleId);
        return Open(new TenantScope([municipalityCode], caller.AccessTo(municipality))
        {
            SharedPartnershipIds = caller.SharedPartnershipsOf(municipality),
        });
    }

    public async Task<TContext> OpenForPartnershipAsync(string partnershipId, AccessLevel required, CancellationToken cancellationToken)
    {
        var members = await caller.RequirePartnershipAsync(partnershipId, required, ModuleId);
        var lowest = AccessLevel.Administer;
        foreach (var code in members)
        {
            var access = await caller.GetAccessAsync(code, cancellationToken);
            lowest = access < lowest ? access : lowest;
        }

        return Open(new TenantScope(members, members.Count == 0 ? AccessLevel.None : lowest)
        {
            PartnershipIds = [partnershipId],
            PartnershipAccess = caller.RoleIn(partnershipId),
        });
    }

    public async Task<TContext> OpenPartnershipAsync(string partnershipId, PartnershipAccess required, CancellationToken cancellationToken)
    {
        await caller.RequirePartnershipRoleAsync(partnershipId, required, cancellationToken);
        return Open(TenantScope.Nothing with { PartnershipIds = [partnershipId], PartnershipAccess = caller.RoleIn(partnershipId) });
    }

    private TContext Open(TenantScope scope)
    {
        var context = contexts.Create();
        context.Scope = scope;
        return context;
    }
}
