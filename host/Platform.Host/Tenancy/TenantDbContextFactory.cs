using Platform.Host.Persistence;
using Platform.Sdk.Callers;
using Platform.Sdk.Tenancy;

namespace Platform.Host.Tenancy;

/// <summary>Opens a module's context for the current caller, with the tenant scope its access allows.</summary>
public sealed class TenantDbContextFactory<TContext>(ModelContextFactory<TContext> contexts, ICallerContext caller)
    : ITenantDbContextFactory<TContext>
    where TContext : TenantDbContext
{
    public async Task<TContext> OpenAsync(string municipalityCode, AccessLevel required, CancellationToken cancellationToken)
    {
        await caller.RequireAsync(municipalityCode, required, cancellationToken);
        var access = await caller.GetAccessAsync(municipalityCode, cancellationToken);
        return Open(new TenantScope([municipalityCode], access));
    }

    public async Task<TContext> OpenForPartnershipAsync(string partnershipId, AccessLevel required, CancellationToken cancellationToken)
    {
        var members = await caller.RequirePartnershipAsync(partnershipId, required, cancellationToken);
        var lowest = AccessLevel.Administer;
        foreach (var code in members)
        {
            var access = await caller.GetAccessAsync(code, cancellationToken);
            lowest = access < lowest ? access : lowest;
        }

        return Open(new TenantScope(members, members.Count == 0 ? AccessLevel.None : lowest));
    }

    public async Task<TContext> OpenForPartnershipOwnDataAsync(string partnershipId, PartnershipAccess required, CancellationToken cancellationToken)
    {
        await caller.RequirePartnershipRoleAsync(partnershipId, required, cancellationToken);
        return Open(TenantScope.Nothing);
    }

    private TContext Open(TenantScope scope)
    {
        var context = contexts.Create();
        context.Scope = scope;
        return context;
    }
}
