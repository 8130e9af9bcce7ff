using Platform.Host.Persistence;
using Platform.Sdk.Audit;
using Platform.Sdk.Callers;

namespace Platform.Host.Audit;

/// <summary>
/// The SDK's audit trail for modules and the host's own code that changes no core table: writes one entry for the
/// current caller in a unit of work of its own, after the action succeeded.
/// </summary>
internal sealed class AuditTrail(
    ICallerContext caller,
    ModelContextFactory<PlatformDbContext> database,
    TimeProvider clock) : IAuditTrail
{
    public async Task RecordAsync(
        AuditAction action,
        string? municipalityCode,
        string? partnershipId,
        string? target,
        string? detail,
        CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        AuditEntries.Add(db, caller.Caller, clock.GetUtcNow(), action, municipalityCode, partnershipId, target, detail);
        // The action has happened: its entry is written even if the caller has gone meanwhile.
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
