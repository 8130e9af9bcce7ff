namespace Platform.Reporting.Formats;

/// <summary>
/// The report's own words, for the page and every file alike: ReportText.resx in Danish (the default, also for reports
/// the background makes), ReportText.en.resx in English. Besides headings they hold readable names for the codes the
/// indicators break their figures down by (sectors, stages, event types, arenas, themes …) and for their units.
/// </summary>
internal sealed class ReportText;
