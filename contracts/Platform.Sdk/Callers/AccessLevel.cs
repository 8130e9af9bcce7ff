namespace Platform.Sdk.Callers;

/// <summary>How much a caller may do in one municipality, from least to most.</summary>
public enum AccessLevel
{
    None = 0,

    /// <summary>Counts and non-personal fields only (partnership staff and viewers across members).</summary>
    Aggregate = 1,

    /// <summary>Reads everything of the municipality, personal data included (its own viewers).</summary>
    Read = 2,

    /// <summary>Reads and writes module data (municipality members).</summary>
    Contribute = 3,

    /// <summary>Also changes settings, local areas and module switches (coordinators).</summary>
    Manage = 4,

    /// <summary>Everything (platform administrators and the platform's own background jobs).</summary>
    Administer = 5,
}
