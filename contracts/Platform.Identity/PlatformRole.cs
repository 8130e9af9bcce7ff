namespace Platform.Identity;

/// <summary>The roles of the platform. Every role but <see cref="PlatformAdmin"/> is scoped.</summary>
public enum PlatformRole
{
    /// <summary>Runs the hosted instance: partnerships, onboarding, modules, jobs. Scope: the whole platform.</summary>
    PlatformAdmin,

    /// <summary>Centre staff of one partnership: sees its members and their aggregates, never personal data.</summary>
    PartnershipStaff,

    /// <summary>Leads the work in one municipality: its settings, local areas, module switches and data.</summary>
    MunicipalityCoordinator,

    /// <summary>Works in one municipality: reads and writes its module data.</summary>
    MunicipalityMember,

    /// <summary>Reads one municipality, or the aggregates of one partnership.</summary>
    Viewer,
}
