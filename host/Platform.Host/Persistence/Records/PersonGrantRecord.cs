using Platform.Identity;

namespace Platform.Host.Persistence.Records;

/// <summary>One role grant of a person, as a token's grant claim would carry it; the store's grants are the ones that count.</summary>
public sealed class PersonGrantRecord
{
    public long Id { get; set; }

    public Guid PersonId { get; set; }

    public PlatformRole Role { get; set; }

    public GrantScopeKind ScopeKind { get; set; }

    /// <summary>The municipality code or partnership id; empty for the platform scope.</summary>
    public string ScopeId { get; set; } = "";

    public DateTimeOffset GrantedAt { get; set; }

    public RoleGrant ToGrant() => new(Role, ScopeKind, ScopeId);
}
