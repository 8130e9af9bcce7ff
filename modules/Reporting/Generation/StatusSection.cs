using Platform.Contracts.Reporting.V1;

namespace Platform.Reporting.Generation;

/// <summary>
/// The section a status report opens with, built from the partnership's plan: each workstream with its state per
/// municipality and, for a partnership, across it (all done: done; any under way, or some done and some planned: under
/// way; else planned), followed by the figures that show it, copied from the indicators the report gathered. As an
/// ordinary section it reaches every format; the HTML page words it as "Vi er i gang med" and "Vi kommer til at".
/// </summary>
internal sealed class StatusSection(IWorkstreamStatuses plan)
{
    public const string Id = "status";
    public const string StateDimension = "state";
    public const string FigureDimension = "figure";

    /// <summary>The indicators that show a topic's work, by id.</summary>
    private static readonly Dictionary<WorkstreamTopic, string[]> FiguresByTopic = new()
    {
        [WorkstreamTopic.Mapping] = ["actor-mapping.actors-by-sector", "actor-mapping.initiatives", "actor-mapping.coverage-gaps"],
        [WorkstreamTopic.Mobilising] = ["actor-mapping.mobilisation-funnel"],
        [WorkstreamTopic.Problems] = ["surveys.responses", "events.outcomes-by-theme"],
        [WorkstreamTopic.Presence] = ["events.events-held", "events.events-coming"],
    };

    /// <summary>A state as the <see cref="StateDimension"/> writes it; the formats name it (ReportText's Value.state.*).</summary>
    public static string Code(WorkstreamState state) => state switch
    {
        WorkstreamState.UnderWay => "under-way",
        WorkstreamState.Done => "done",
        _ => "planned",
    };

    public async Task<ReportSection> BuildAsync(ReportTarget target, IReadOnlyList<IndicatorFigures> figures, CancellationToken cancellationToken)
    {
        var section = new ReportSection { Id = Id, TitleDa = "Status på planen", TitleEn = "Status of the plan" };
        var workstreams = await plan.ReadAsync(target, cancellationToken);
        for (var i = 0; i < workstreams.Count; i++)
        {
            section.Indicators.Add(Workstream(i + 1, workstreams[i], target, figures));
        }

        return section;
    }

    public static WorkstreamState Overall(IEnumerable<WorkstreamState> states)
    {
        var all = states.ToList();
        return all.Count > 0 && all.All(s => s == WorkstreamState.Done) ? WorkstreamState.Done
            : all.Any(s => s == WorkstreamState.UnderWay) || all.Contains(WorkstreamState.Done) ? WorkstreamState.UnderWay
            : WorkstreamState.Planned;
    }

    private static IndicatorFigures Workstream(int number, WorkstreamStatus workstream, ReportTarget target, IReadOnlyList<IndicatorFigures> figures)
    {
        var result = new IndicatorFigures
        {
            Indicator = new Contracts.Reporting.V1.IndicatorDefinition
            {
                Id = $"{ReportingModule.Id}.plan.{number}", TitleDa = workstream.TitleDa, TitleEn = workstream.TitleEn, Unit = "",
                Dimensions = { StateDimension, FigureDimension }, ModuleId = ReportingModule.Id, Section = Id,
            },
        };
        foreach (var code in target.MunicipalityCodes)
        {
            result.Rows.Add(StateRow(code, workstream.StateByCode.GetValueOrDefault(code, WorkstreamState.Planned)));
        }

        if (target.IsPartnership)
        {
            result.Rows.Add(StateRow("", Overall(target.MunicipalityCodes.Select(code => workstream.StateByCode.GetValueOrDefault(code, WorkstreamState.Planned)))));
        }

        var shown = FiguresByTopic.GetValueOrDefault(workstream.Topic, Array.Empty<string>());
        foreach (var indicator in figures.Where(f => shown.Contains(f.Indicator.Id)).OrderBy(f => Array.IndexOf(shown, f.Indicator.Id)))
        {
            foreach (var row in indicator.Rows)
            {
                var copy = row.Clone();
                copy.Dimensions.Add(FigureDimension, indicator.Indicator.Id);
                result.Rows.Add(copy);
            }
        }

        return result;
    }

    private static IndicatorRow StateRow(string code, WorkstreamState state) =>
        new() { MunicipalityCode = code, Dimensions = { [StateDimension] = Code(state) } };
}
