using System.ComponentModel.DataAnnotations;

namespace Platform.Surveys.Collection;

/// <summary>Settings of <c>Platform:Modules:surveys</c>, bound and checked at start.</summary>
internal sealed class CollectionOptions
{
    /// <summary>How many responses one link takes per minute before it asks callers to wait.</summary>
    [Range(1, 100_000)]
    public int SubmissionsPerMinute { get; set; } = 120;
}
