namespace Platform.Sdk.Callers;

/// <summary>
/// What a caller may do with a partnership itself, rather than with its members' data: for rows a module keeps per
/// partnership (a partnership's own surveys, its report schedules), and for changes to the partnership.
/// </summary>
public enum PartnershipAccess
{
    None = 0,

    /// <summary>Reads the partnership's own data: its staff and viewers, and administrators.</summary>
    View = 1,

    /// <summary>Changes it: its staff and administrators.</summary>
    Manage = 2,
}
