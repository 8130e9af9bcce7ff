using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Core.V1;
using Platform.Host.Persistence;
using Platform.Host.Persistence.Records;
using Platform.Identity;
using Platform.Sdk.Audit;
using Platform.Sdk.Callers;

namespace Platform.Host.Audit;

/// <summary>
/// Adds an audit entry to a core context, so that it is saved in the same unit of work as the change it records: a
/// change that fails leaves no entry. The actor is the caller's subject and kind, never a name or e-mail address.
/// Nothing updates an entry; only the retention purge deletes.
/// </summary>
internal static class AuditEntries
{
    public const int MaxSubjectLength = 200;
    public const int MaxTargetLength = 200;
    public const int MaxDetailLength = 200;

    public static void Add(
        PlatformDbContext db,
        Caller caller,
        DateTimeOffset at,
        AuditAction action,
        string? municipalityCode,
        string? partnershipId,
        string? target,
        string? detail = null) =>
        db.AuditEntries.Add(new AuditEntryRecord
        {
            At = at,
            ActorSubject = Shorten(caller.Subject, MaxSubjectLength)!,
            ActorKind = KindOf(caller),
            Action = action.Code,
            MunicipalityCode = municipalityCode,
            PartnershipId = partnershipId,
            Target = Shorten(target, MaxTargetLength),
            Detail = Shorten(detail, MaxDetailLength),
        });

    /// <summary>Deletes the entries older than <paramref name="before"/>: the retention purge, the only way an entry ever goes.</summary>
    public static async Task<int> PurgeAsync(
        ModelContextFactory<PlatformDbContext> database, DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        return await db.AuditEntries.Where(e => e.At < before).ExecuteDeleteAsync(cancellationToken);
    }

    private static AuditActorKind KindOf(Caller caller) => caller switch
    {
        _ when caller.Subject == Caller.System.Subject => AuditActorKind.Platform,
        _ when caller.Subject == Caller.Anonymous.Subject => AuditActorKind.Anonymous,
        { IsAdmin: true } => AuditActorKind.PlatformAdmin,
        _ when PersonSubject.TryParse(caller.Subject, out _) => AuditActorKind.Person,
        _ => AuditActorKind.Service,
    };

    private static string? Shorten(string? text, int length) =>
        string.IsNullOrEmpty(text) ? null : text.Length <= length ? text : text[..length];
}
