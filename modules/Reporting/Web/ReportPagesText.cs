namespace Platform.Reporting.Web;

/// <summary>
/// The report pages' texts (the quarter choice, downloads, the archive and the schedule): ReportPagesText.resx in Danish,
/// ReportPagesText.en.resx in English. The report itself speaks through <see cref="Formats.ReportText"/>.
/// </summary>
internal sealed class ReportPagesText;
