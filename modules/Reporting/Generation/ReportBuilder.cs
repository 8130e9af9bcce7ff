using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Reporting.V1;
using Platform.Reporting.Indicators;
using Platform.Sdk.Indicators;
using IndicatorDefinition = Platform.Sdk.Indicators.IndicatorDefinition;

namespace Platform.Reporting.Generation;

/// <summary>
/// Builds reports from every other loaded module's indicators, read through the registry only: each indicator is computed per
/// municipality for the quarter and the quarter before, then published (counts of people through the SDK's disclosure
/// control) and totalled across a partnership. The report opens with the status of the partnership's plan, its workstreams
/// next to the figures that show them, when the target has a plan (a partnership, or a municipality that is a member).
/// </summary>
internal sealed class ReportBuilder(IIndicatorRegistry registry, SectionMap sections, StatusSection status, TimeProvider clock)
{
    public IReadOnlyList<IndicatorDefinition> Definitions => registry.Definitions;

    public Task<Report> BuildAsync(
        ReportTarget target, QuarterPeriod period, Func<int, string, Task> progress, CancellationToken cancellationToken) =>
        BuildAsync(target, period, period.Previous, progress, cancellationToken);

    /// <summary>The report of the quarter compared with another quarter (usually the one before, but any the reader chose).</summary>
    public async Task<Report> BuildAsync(
        ReportTarget target, QuarterPeriod period, QuarterPeriod compare, Func<int, string, Task> progress, CancellationToken cancellationToken)
    {
        var definitions = registry.Definitions.Where(d => SectionMap.ModuleOf(d) != ReportingModule.Id)
            .OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var figures = new List<IndicatorFigures>();
        for (var i = 0; i < definitions.Count; i++)
        {
            await progress(i * 100 / Math.Max(definitions.Count, 1), $"{definitions[i].TitleDa} / {definitions[i].TitleEn}");
            figures.Add(await BuildIndicatorAsync(definitions[i], target, period, compare, cancellationToken));
        }

        var report = new Report
        {
            Scope = target.Scope,
            Name = target.Name,
            Period = ToContract(period),
            PreviousPeriod = ToContract(compare),
            MunicipalityCodes = { target.MunicipalityCodes },
            MunicipalityNames = { target.MunicipalityNames.ToDictionary() },
            GeneratedAt = Timestamp.FromDateTimeOffset(clock.GetUtcNow()),
        };
        var plan = await status.BuildAsync(target, figures, cancellationToken);
        if (plan.Indicators.Count > 0)
        {
            report.Sections.Add(plan);
        }

        foreach (var section in ReportSections.All)
        {
            var inSection = figures.Where(f => f.Indicator.Section == section.Id).ToList();
            if (inSection.Count > 0)
            {
                report.Sections.Add(new ReportSection { Id = section.Id, TitleDa = section.TitleDa, TitleEn = section.TitleEn, Indicators = { inSection } });
            }
        }

        return report;
    }

    public Task<IndicatorFigures> BuildIndicatorAsync(
        IndicatorDefinition definition, ReportTarget target, QuarterPeriod period, CancellationToken cancellationToken) =>
        BuildIndicatorAsync(definition, target, period, period.Previous, cancellationToken);

    private async Task<IndicatorFigures> BuildIndicatorAsync(
        IndicatorDefinition definition, ReportTarget target, QuarterPeriod period, QuarterPeriod compare, CancellationToken cancellationToken)
    {
        var current = await ComputeAsync(definition, target, period, cancellationToken);
        var previous = await ComputeAsync(definition, target, compare, cancellationToken);
        var figures = new IndicatorFigures { Indicator = ToContract(definition) };
        var keys = current.Keys.Union(previous.Keys).OrderBy(k => k.MunicipalityCode, StringComparer.Ordinal)
            .ThenBy(k => k.Dimensions, StringComparer.Ordinal).ToList();
        foreach (var key in keys)
        {
            figures.Rows.Add(Row(key, Shown(current, key), Shown(previous, key)));
        }

        if (target.IsPartnership && IsAdditive(definition))
        {
            foreach (var dimensions in keys.Select(k => k.Dimensions).Distinct().Order(StringComparer.Ordinal))
            {
                figures.Rows.Add(Row(new RowKey("", dimensions, keys.First(k => k.Dimensions == dimensions).Values),
                    Total(current, dimensions), Total(previous, dimensions)));
            }
        }

        return figures;
    }

    public Contracts.Reporting.V1.IndicatorDefinition ToContract(IndicatorDefinition definition) => new()
    {
        Id = definition.Id,
        TitleDa = definition.TitleDa,
        TitleEn = definition.TitleEn,
        Unit = definition.Unit,
        Dimensions = { definition.Dimensions },
        CountsPeople = definition.CountsPeople,
        ModuleId = SectionMap.ModuleOf(definition),
        Section = sections.SectionOf(definition),
        FilledByDa = definition.FilledByDa,
        FilledByEn = definition.FilledByEn,
    };

    public static Quarter ToContract(QuarterPeriod period) => new() { Year = period.Year, Quarter_ = period.Number };

    /// <summary>A percentage or an average cannot be added up across municipalities; counts can.</summary>
    private static bool IsAdditive(IndicatorDefinition definition) => definition.Unit != "%";

    private async Task<Dictionary<RowKey, IndicatorCell>> ComputeAsync(
        IndicatorDefinition definition, ReportTarget target, QuarterPeriod period, CancellationToken cancellationToken)
    {
        var values = new Dictionary<RowKey, IndicatorCell>();
        foreach (var code in target.MunicipalityCodes)
        {
            var computed = await registry.ComputeAsync(definition.Id, new IndicatorQuery([code], period.From, period.To), cancellationToken);
            foreach (var value in computed.Where(v => v.IndicatorId == definition.Id))
            {
                var key = RowKey.Of(code, value.Dimensions);
                var cell = new IndicatorCell(value.Value, value.People);
                values[key] = values.TryGetValue(key, out var before) ? before + cell : cell;
            }
        }

        return values;
    }

    private static Figure? Shown(Dictionary<RowKey, IndicatorCell> values, RowKey key) =>
        values.TryGetValue(key, out var cell) ? Figures.Show(cell) : null;

    private static Figure? Total(Dictionary<RowKey, IndicatorCell> values, string dimensions)
    {
        var parts = values.Where(pair => pair.Key.Dimensions == dimensions).Select(pair => pair.Value).ToList();
        return parts.Count == 0 ? null : Figures.Total(parts);
    }

    private static IndicatorRow Row(RowKey key, Figure? current, Figure? previous)
    {
        var row = new IndicatorRow { MunicipalityCode = key.MunicipalityCode, Current = current, Previous = previous, Change = Figures.Change(current, previous) };
        foreach (var (name, value) in key.Values)
        {
            row.Dimensions.Add(name, value);
        }

        return row;
    }
}
