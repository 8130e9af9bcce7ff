using System.Diagnostics.CodeAnalysis;

namespace Platform.Identity;

/// <summary>
/// One role on one scope, carried in a token as a <see cref="PlatformClaimTypes.Grant"/> claim:
/// <c>admin</c>, <c>staff@partnership:sundt-liv</c>, <c>coordinator@municipality:0183</c>,
/// <c>member@municipality:0430</c>, <c>viewer@municipality:0183</c> or <c>viewer@partnership:sundt-liv</c>.
/// </summary>
public sealed record RoleGrant(PlatformRole Role, GrantScopeKind ScopeKind, string ScopeId)
{
    public static RoleGrant Admin { get; } = new(PlatformRole.PlatformAdmin, GrantScopeKind.Platform, "");

    public static RoleGrant ForMunicipality(PlatformRole role, string municipalityCode) =>
        new(role, GrantScopeKind.Municipality, municipalityCode);

    public static RoleGrant ForPartnership(PlatformRole role, string partnershipId) =>
        new(role, GrantScopeKind.Partnership, partnershipId);

    public override string ToString() => Role == PlatformRole.PlatformAdmin
        ? "admin"
        : $"{RoleWord(Role)}@{ScopeKind.ToString().ToLowerInvariant()}:{ScopeId}";

    /// <summary>Parses the claim form. Roles and scopes that do not belong together are rejected.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out RoleGrant? grant)
    {
        grant = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (text == "admin")
        {
            grant = Admin;
            return true;
        }

        var at = text.IndexOf('@', StringComparison.Ordinal);
        var colon = text.IndexOf(':', at + 1);
        if (at <= 0 || colon < 0 || colon == text.Length - 1)
        {
            return false;
        }

        PlatformRole? role = text[..at] switch
        {
            "staff" => PlatformRole.PartnershipStaff,
            "coordinator" => PlatformRole.MunicipalityCoordinator,
            "member" => PlatformRole.MunicipalityMember,
            "viewer" => PlatformRole.Viewer,
            _ => null,
        };
        GrantScopeKind? scope = text[(at + 1)..colon] switch
        {
            "partnership" => GrantScopeKind.Partnership,
            "municipality" => GrantScopeKind.Municipality,
            _ => null,
        };
        if (role is null || scope is null || !Fits(role.Value, scope.Value))
        {
            return false;
        }

        grant = new RoleGrant(role.Value, scope.Value, text[(colon + 1)..]);
        return true;
    }

    private static bool Fits(PlatformRole role, GrantScopeKind scope) => role switch
    {
        PlatformRole.PartnershipStaff => scope == GrantScopeKind.Partnership,
        PlatformRole.MunicipalityCoordinator or PlatformRole.MunicipalityMember => scope == GrantScopeKind.Municipality,
        PlatformRole.Viewer => scope is GrantScopeKind.Municipality or GrantScopeKind.Partnership,
        _ => false,
    };

    private static string RoleWord(PlatformRole role) => role switch
    {
        PlatformRole.PartnershipStaff => "staff",
        PlatformRole.MunicipalityCoordinator => "coordinator",
        PlatformRole.MunicipalityMember => "member",
        PlatformRole.Viewer => "viewer",
        _ => "admin",
    };
}
