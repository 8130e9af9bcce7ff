namespace Platform.Reporting.Archive;

/// <summary>What a report generation job makes: the scope (a partnership or a municipality), the quarter and the format.</summary>
internal sealed record GenerateReportPayload(string? PartnershipId, string? MunicipalityCode, int Year, int Quarter, int Format);
