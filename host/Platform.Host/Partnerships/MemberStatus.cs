using Platform.GrainInterfaces;
using Platform.Host.Tenancy;
using Platform.Sdk.Indicators;

namespace Platform.Host.Partnerships;

/// <summary>
/// One member's work at a glance, read through the modules' indicators (the host knows no module): its actors by
/// mobilisation stage and its initiatives today, its events in the coming weeks, the surveys collecting answers today
/// and the day its last report was made. A figure whose module is switched off for the member
/// is <see cref="GlanceFigure.SwitchedOff"/>; one no loaded module provides is left out.
/// </summary>
public sealed class MemberStatus(IIndicatorRegistry indicators, CallerContext caller)
{
    public const string ActorsByStage = "actor-mapping.mobilisation-funnel";

    public const string Initiatives = "actor-mapping.initiatives";

    public const string UpcomingEvents = "events.events-coming";

    public const string OpenSurveys = "surveys.open-surveys";

    /// <summary>Broken down by the day each was made, so the last key is the last report's day.</summary>
    public const string Reports = "reporting.archived-reports";

    /// <summary>How far ahead "upcoming" events reach.</summary>
    public const int UpcomingDays = 56;

    /// <summary>The stages in the order of the work, as the actor mapping's indicator names them.</summary>
    public static readonly IReadOnlyList<string> Stages = ["identified", "contacted", "engaged", "active-partner", "paused"];

    /// <summary>The member's figures as of <paramref name="today"/> (a Danish date).</summary>
    public async Task<IReadOnlyList<GlanceFigure>> ReadAsync(MunicipalitySnapshot member, DateOnly today, CancellationToken cancellationToken)
    {
        var figures = new List<GlanceFigure>();
        foreach (var (id, from, to, dimension) in new[]
                 {
                     (ActorsByStage, today, today, "stage"),
                     (Initiatives, today, today, null),
                     (UpcomingEvents, today, today.AddDays(UpcomingDays), null),
                     (OpenSurveys, today, today, null),
                     (Reports, DateOnly.MinValue, today, (string?)"made-on"),
                 })
        {
            if (indicators.Definitions.All(definition => definition.Id != id))
            {
                continue;
            }

            if (!caller.IsModuleEnabled(member, ModuleOf(id)))
            {
                figures.Add(new GlanceFigure(id, SwitchedOff: true, 0, new Dictionary<string, decimal>()));
                continue;
            }

            var values = await indicators.ComputeAsync(id, new IndicatorQuery([member.Code], from, to), cancellationToken);
            var parts = dimension is null
                ? new Dictionary<string, decimal>()
                : values.GroupBy(value => value.Dimensions.GetValueOrDefault(dimension, ""))
                    .ToDictionary(group => group.Key, group => group.Sum(value => value.Value), StringComparer.Ordinal);
            figures.Add(new GlanceFigure(id, SwitchedOff: false, values.Sum(value => value.Value), parts));
        }

        return figures;
    }

    /// <summary>An indicator's id begins with its module's id (<see cref="IndicatorDefinition.Id"/>).</summary>
    private static string ModuleOf(string indicatorId) => indicatorId[..indicatorId.IndexOf('.', StringComparison.Ordinal)];
}

/// <summary>One figure of a member's status: its total and, for a breakdown, the total per part.</summary>
public sealed record GlanceFigure(string IndicatorId, bool SwitchedOff, decimal Total, IReadOnlyDictionary<string, decimal> Parts);
