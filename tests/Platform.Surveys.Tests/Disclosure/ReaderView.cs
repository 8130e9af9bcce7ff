using Platform.Contracts.Reporting.V1;
using Platform.Contracts.Surveys.V1;
using Platform.Sdk.Disclosure;

namespace Platform.Surveys.Tests.Disclosure;

/// <summary>One figure a reader saw: its name, the fine cells it sums, and what it showed.</summary>
public sealed record SeenFigure(string Name, int[] Cells, PublishedCount Shown);

/// <summary>
/// Everything one reader was shown of a survey, as figures over the fine cells: results of members and of the
/// partnership by every breakdown, and quarterly indicators, each mapped to the responses it counts.
/// </summary>
public sealed class ReaderView(IReadOnlyList<FineCell> universe)
{
    private readonly List<SeenFigure> figures = [];
    private readonly List<(string Name, int[] Cells, int Lowest, int Highest)> bounds = [];

    public IReadOnlyList<SeenFigure> Figures => figures;

    public IReadOnlyList<(string Name, int[] Cells, int Lowest, int Highest)> Bounds => bounds;

    /// <summary>Results of a survey over <paramref name="members"/> (all-time), by one breakdown.</summary>
    public void AddResults(string scope, IReadOnlyCollection<string> members, Breakdown breakdown, SurveyResults results)
    {
        bool InScope(FineCell cell) => members.Contains(cell.Member);
        Add($"{scope}/{breakdown}/responses", InScope, results.Responses);
        foreach (var question in results.Questions)
        {
            Add($"{scope}/{breakdown}/{question.QuestionId}", c => InScope(c) && c.Answers(question.QuestionId, null), question.Answers);
            foreach (var option in question.Options)
            {
                Add($"{scope}/{breakdown}/{question.QuestionId}={option.OptionId}", c => InScope(c) && c.Answers(question.QuestionId, option.OptionId), option.Cell);
            }

            foreach (var group in question.Groups)
            {
                bool InGroup(FineCell cell) => InScope(cell) && breakdown switch
                {
                    Breakdown.LocalArea => cell.Area == group.Group,
                    Breakdown.AgeBand => cell.AgeBand == group.Group,
                    Breakdown.Municipality => cell.Member == group.Group,
                    _ => true,
                };
                var name = $"{scope}/{breakdown}:{group.Group}/{question.QuestionId}";
                Add(name, c => InGroup(c) && c.Answers(question.QuestionId, null), group.Answers);
                foreach (var option in group.Options)
                {
                    Add($"{name}={option.OptionId}", c => InGroup(c) && c.Answers(question.QuestionId, option.OptionId), option.Cell);
                }
            }
        }
    }

    /// <summary>The responses indicator of a partnership's report: each member and local area, and the partnership's totals, per quarter.</summary>
    public void AddResponseIndicator(string scope, IReadOnlyCollection<string> members, IndicatorFigures indicator)
    {
        foreach (var row in indicator.Rows)
        {
            var area = row.Dimensions["local-area"];
            var rowMembers = row.MunicipalityCode.Length == 0 ? members : [row.MunicipalityCode];
            foreach (var (quarter, figure) in new[] { (1, row.Current), (0, row.Previous) })
            {
                if (figure is not null)
                {
                    Add($"{scope}/responses/{row.MunicipalityCode}:{area}/q{quarter}",
                        c => rowMembers.Contains(c.Member) && c.Quarter == quarter && (area.Length == 0 || c.Area == area), Shown(figure));
                }
            }
        }
    }

    /// <summary>
    /// The share of positive ("happy") mood answers per member and quarter. A share is worked out from the published
    /// count of all mood answers (the member's responses of the quarter, seen as a number) and the published count of
    /// happy ones, so it bounds the happy count: to the counts whose share rounds to the one shown, or, when the share
    /// is left out although the base was a number, to a band.
    /// </summary>
    public void AddPositiveShares(string scope, IReadOnlyCollection<string> members, IndicatorFigures shares)
    {
        foreach (var member in members)
        {
            foreach (var quarter in new[] { 0, 1 })
            {
                var cells = Where(c => c.Member == member && c.Quarter == quarter && c.Mood == "happy");
                var row = shares.Rows.SingleOrDefault(r => r.MunicipalityCode == member && r.Dimensions["question"] == "mood");
                var share = quarter == 1 ? row?.Current : row?.Previous;
                if (figures.LastOrDefault(f => f.Name == $"{scope}/responses/{member}:/q{quarter}")?.Shown is not { Kind: PublishedKind.Value } whole)
                {
                    continue;
                }

                if (share?.ContentCase != Figure.ContentOneofCase.Value)
                {
                    Bound($"{scope}/share/{member}/q{quarter}", cells, 1, DisclosureControl.Threshold - 1 + DisclosureControl.MaximumDeviation);
                    continue;
                }

                var fitting = Enumerable.Range(0, (whole.Value * 2) + 10).Where(v => DisclosureControl.SharePercent(Count(v), whole) == (int)share.Value).ToList();
                Assert.NotEmpty(fitting);
                Bound($"{scope}/share/{member}/q{quarter}", cells,
                    Math.Max(0, fitting.Min() - DisclosureControl.MaximumDeviation), fitting.Max() + DisclosureControl.MaximumDeviation);
            }
        }
    }

    private static PublishedCount Count(int perturbed) =>
        perturbed == 0 ? PublishedCount.Zero : perturbed < DisclosureControl.Threshold ? PublishedCount.Band : new PublishedCount(PublishedKind.Value, perturbed);

    public int[] Where(Func<FineCell, bool> predicate) => [.. Enumerable.Range(0, universe.Count).Where(i => predicate(universe[i]))];

    public static PublishedCount Shown(Cell cell) =>
        cell.Suppressed ? PublishedCount.Band : cell.Count == 0 ? PublishedCount.Zero : new PublishedCount(PublishedKind.Value, cell.Count);

    public static PublishedCount Shown(Figure figure) =>
        figure.ContentCase == Figure.ContentOneofCase.Suppressed ? PublishedCount.Band
        : figure.Value == 0 ? PublishedCount.Zero : new PublishedCount(PublishedKind.Value, (int)figure.Value);

    private void Add(string name, Func<FineCell, bool> predicate, Cell cell) => Add(name, predicate, Shown(cell));

    private void Add(string name, Func<FineCell, bool> predicate, PublishedCount shown) => Add(name, Where(predicate), shown);

    public void Add(string name, int[] cells, PublishedCount shown) => figures.Add(new SeenFigure(name, cells, shown));

    public void Bound(string name, int[] cells, int lowest, int highest) => bounds.Add((name, cells, lowest, highest));
}
