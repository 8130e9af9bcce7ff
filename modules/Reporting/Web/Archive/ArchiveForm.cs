namespace Platform.Reporting.Web.Archive;

/// <summary>What the archive form posts: the quarter to report on and the file's format (a <c>ReportFormat</c> name).</summary>
internal sealed class ArchiveForm
{
    public int Year { get; set; }

    public int Quarter { get; set; }

    public string Format { get; set; } = "";
}

/// <summary>What the schedule form posts: whether the monthly report is to be on.</summary>
internal sealed class ScheduleForm
{
    public bool On { get; set; }
}
