using Platform.Contracts.Reporting.V1;

namespace Platform.Reporting.Generation;

/// <summary>A workstream of a partnership's plan as a report shows it: its titles, its topic and each member's state.</summary>
internal sealed record WorkstreamStatus(string TitleDa, string TitleEn, WorkstreamTopic Topic, IReadOnlyDictionary<string, WorkstreamState> StateByCode);

/// <summary>Reads the plan's workstreams for a report's target, whose access was checked already (the plan implements it).</summary>
internal interface IWorkstreamStatuses
{
    Task<IReadOnlyList<WorkstreamStatus>> ReadAsync(ReportTarget target, CancellationToken cancellationToken);
}
