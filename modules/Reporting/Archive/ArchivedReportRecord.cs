namespace Platform.Reporting.Archive;

/// <summary>
/// A generated report kept in the archive: its file and the quarter it covers. It holds aggregates only. Its owner is a
/// column of the subclass, a municipality (<see cref="MunicipalityReportRecord"/>) or a partnership
/// (<see cref="PartnershipReportRecord"/>), so the SDK filters and guards each archive by its owner.
/// </summary>
internal abstract class ArchivedReportRecord
{
    public Guid Id { get; set; }

    /// <summary>The job that generated it; unique, so a job that runs twice stores one report.</summary>
    public Guid JobId { get; set; }

    public int Year { get; set; }

    public int Quarter { get; set; }

    public int Format { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
}
