namespace Platform.Sdk.Audit;

/// <summary>
/// One kind of audited action: a stable code (stored and filtered on, never renamed) and what pages show for it in
/// Danish and English. The platform's list is <see cref="AuditActions"/>.
/// </summary>
public sealed record AuditAction(string Code, string Danish, string English);
