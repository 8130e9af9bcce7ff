using Microsoft.EntityFrameworkCore;
using Platform.Host.Persistence;
using Platform.Identity;
using Platform.Sdk.Callers;
using Platform.Sdk.Directory;

namespace Platform.Host.People;

/// <summary>
/// The grants a person may give on the people pages, for the invite and change-role forms: every role in each scope
/// the caller holds a grant in (an administrator: the platform and every partnership and its municipalities), kept
/// only where <see cref="PeopleManagement.Manages"/> says the caller manages it, the one rule the gRPC service uses too.
/// </summary>
internal sealed class GrantChoices(
    PeopleManagement people,
    ICallerContext callers,
    ModelContextFactory<PlatformDbContext> database,
    IMunicipalityDirectory directory)
{
    private static readonly PlatformRole[] MunicipalityRoles = [PlatformRole.MunicipalityCoordinator, PlatformRole.MunicipalityMember, PlatformRole.Viewer];

    private static readonly PlatformRole[] PartnershipRoles = [PlatformRole.PartnershipStaff, PlatformRole.Viewer];

    public async Task<IReadOnlyList<RoleGrant>> ForCallerAsync(CancellationToken cancellationToken)
    {
        var caller = callers.Caller;
        var scopes = caller.IsAdmin ? await EveryScopeAsync(cancellationToken) : [.. caller.Grants.Where(g => g.ScopeKind != GrantScopeKind.Platform)];
        IEnumerable<RoleGrant> candidates = caller.IsAdmin ? [RoleGrant.Admin] : [];
        candidates = candidates.Concat(scopes.DistinctBy(g => (g.ScopeKind, g.ScopeId)).SelectMany(scope => scope.ScopeKind == GrantScopeKind.Municipality
            ? MunicipalityRoles.Select(role => RoleGrant.ForMunicipality(role, scope.ScopeId))
            : PartnershipRoles.Select(role => RoleGrant.ForPartnership(role, scope.ScopeId))));
        return [.. candidates.Where(people.Manages)];
    }

    /// <summary>Every partnership and each of its member municipalities.</summary>
    private async Task<List<RoleGrant>> EveryScopeAsync(CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        var scopes = new List<RoleGrant>();
        foreach (var id in await db.Partnerships.Select(p => p.Id).OrderBy(id => id).ToListAsync(cancellationToken))
        {
            scopes.Add(RoleGrant.ForPartnership(PlatformRole.Viewer, id));
            if (await directory.FindPartnershipAsync(id, cancellationToken) is { } partnership)
            {
                scopes.AddRange(partnership.MemberCodes.Select(code => RoleGrant.ForMunicipality(PlatformRole.Viewer, code)));
            }
        }

        return scopes;
    }
}
