using Microsoft.EntityFrameworkCore;
using Platform.Host.Persistence;

namespace Platform.Host.ServiceAccounts;

/// <summary>
/// Whether a service account's token may still be used: one query by primary key per call, so an account revoked on
/// any host is refused at its next call.
/// </summary>
internal sealed class ServiceAccountDirectory(ModelContextFactory<PlatformDbContext> database)
{
    /// <summary>Why the token of this account is refused, or null when the account exists and is not revoked.</summary>
    public async Task<string?> RefusalOfAsync(string accountId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(accountId, out var id))
        {
            return $"The token names service account '{accountId}', which is not a service account's id; get a token for a service account of this platform.";
        }

        await using var db = database.Create();
        var account = await db.ServiceAccounts.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new { a.Name, a.RevokedAt })
            .SingleOrDefaultAsync(cancellationToken);
        return account switch
        {
            null => $"The token names service account {id}, which this platform does not know; ask the platform's administrator for a token of a registered service account.",
            { RevokedAt: { } revoked } => $"The token's service account '{account.Name}' was revoked at {revoked.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC; its tokens are no longer accepted.",
            _ => null,
        };
    }
}
