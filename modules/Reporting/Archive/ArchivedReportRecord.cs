namespace Platform.Reporting.Archive;

/// <summary>
/// A generated report kept in the archive: its file and what it covers. It holds aggregates only. A partnership's
/// report spans several tenants, so the row is keyed by its scope rather than owned by one municipality; the service
/// checks the caller's access to the scope before reading.
/// </summary>
internal sealed class ArchivedReportRecord
{
    public Guid Id { get; set; }

    /// <summary>The job that generated it; unique, so a job that runs twice stores one report.</summary>
    public Guid JobId { get; set; }

    /// <summary><c>partnership:{id}</c> or <c>municipality:{code}</c>.</summary>
    public required string ScopeKey { get; set; }

    public int Year { get; set; }

    public int Quarter { get; set; }

    public int Format { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public required byte[] Content { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
