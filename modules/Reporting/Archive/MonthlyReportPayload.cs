namespace Platform.Reporting.Archive;

/// <summary>The payload of a partnership's monthly schedule: each run reports on the last full quarter.</summary>
internal sealed record MonthlyReportPayload(string PartnershipId, int Format);
