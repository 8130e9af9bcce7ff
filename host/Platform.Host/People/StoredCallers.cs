using Microsoft.EntityFrameworkCore;
using Platform.Host.Persistence;
using Platform.Identity;
using Platform.Sdk.Callers;

namespace Platform.Host.People;

/// <summary>
/// The caller of a person's request, from the people store: one query by person id per request (the primary key and
/// the grants' index on person), so a grant revoked on any host is gone at the person's next call. A person who is
/// no longer stored (removed) is a caller without grants.
/// </summary>
internal sealed class StoredCallers(ModelContextFactory<PlatformDbContext> database)
{
    public async Task<Caller> CallerOfAsync(Guid personId, CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        var person = await db.People.AsNoTracking()
            .Where(p => p.Id == personId)
            .Select(p => new { p.DisplayName, Grants = p.Grants.Select(g => new { g.Role, g.ScopeKind, g.ScopeId }).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        return new Caller(
            PersonSubject.Of(personId),
            person?.DisplayName,
            person is null ? [] : [.. person.Grants.Select(g => new RoleGrant(g.Role, g.ScopeKind, g.ScopeId))]);
    }
}
