namespace Platform.Sdk.Audit;

/// <summary>
/// The platform's append-only audit trail: who did what, when, in which municipality or partnership. The host records
/// the current caller (subject id and kind, never a name or e-mail address) and the time; nothing changes or deletes an
/// entry but the retention purge. Record an action once it has succeeded, so a failed action leaves no entry.
/// </summary>
public interface IAuditTrail
{
    /// <param name="action">What was done: one of <see cref="AuditActions"/>.</param>
    /// <param name="municipalityCode">The municipality it concerns, if any.</param>
    /// <param name="partnershipId">The partnership it concerns, if any.</param>
    /// <param name="target">The id of what it was done to (a survey id, an event id, a person id); never personal data. At most 200 characters.</param>
    /// <param name="detail">A short outcome without personal data, e.g. "3 records" or "xlsx". At most 200 characters.</param>
    /// <param name="cancellationToken">Stops waiting; an entry whose action has happened is written all the same.</param>
    Task RecordAsync(
        AuditAction action,
        string? municipalityCode,
        string? partnershipId,
        string? target,
        string? detail,
        CancellationToken cancellationToken);
}
