namespace Platform.Reporting.Indicators;

/// <summary>A report section's id and its Danish and English titles.</summary>
internal sealed record ReportSectionTitle(string Id, string TitleDa, string TitleEn);
