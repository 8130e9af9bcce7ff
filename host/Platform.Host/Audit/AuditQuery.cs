namespace Platform.Host.Audit;

/// <summary>Which audit entries to list: every filter is optional; a page holds at most 500 entries.</summary>
internal sealed record AuditQuery(
    string? MunicipalityCode,
    string? PartnershipId,
    DateTimeOffset? From,
    DateTimeOffset? To,
    string? Action,
    int PageSize,
    string? PageToken)
{
    public const int MaxPageSize = 500;
    public const int DefaultPageSize = 100;
}
