namespace Platform.Identity;

/// <summary>What a role grant is scoped to.</summary>
public enum GrantScopeKind
{
    Platform,
    Partnership,
    Municipality,
}
