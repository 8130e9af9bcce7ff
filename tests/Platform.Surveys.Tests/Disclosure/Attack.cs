using Platform.Sdk.Disclosure;

namespace Platform.Surveys.Tests.Disclosure;

/// <summary>A determined reader's attack on everything one <see cref="ReaderView"/> holds, with the true counts to judge it by.</summary>
public sealed class Attack
{
    private readonly ReaderView view;
    private readonly int[] truth;
    private readonly ExactSolver solver;

    public Attack(ReaderView view, IReadOnlyList<FineCell> universe, IEnumerable<FineCell> made, int deviation = DisclosureControl.MaximumDeviation)
    {
        this.view = view;
        var counts = made.CountBy(cell => cell).ToDictionary();
        truth = [.. universe.Select(cell => counts.GetValueOrDefault(cell))];
        Assert.Equal(counts.Values.Sum(), truth.Sum());
        solver = new ExactSolver(truth, deviation);
        foreach (var figure in view.Figures)
        {
            solver.Published(figure.Cells, figure.Shown);
        }

        foreach (var (_, cells, lowest, highest) in view.Bounds)
        {
            solver.Within(cells, lowest, highest);
        }

    }

    public int TrueCount(IEnumerable<int> cells) => cells.Sum(cell => truth[cell]);

    /// <summary>
    /// The same attack on the same tables as if they had been published without noise: true counts, with 1 to 4 shown
    /// as a band (plain small-cell suppression) and shares exact. This is what the attacks of the past worked on.
    /// </summary>
    public static Attack WithoutNoise(ReaderView view, IReadOnlyList<FineCell> universe, IReadOnlyCollection<FineCell> made)
    {
        var counts = made.CountBy(cell => cell).ToDictionary();
        int True(int[] cells) => cells.Sum(cell => counts.GetValueOrDefault(universe[cell]));
        var exact = new ReaderView(universe);
        foreach (var figure in view.Figures)
        {
            var count = True(figure.Cells);
            exact.Add(figure.Name, figure.Cells, count == 0 ? PublishedCount.Zero
                : count < DisclosureControl.Threshold ? PublishedCount.Band : new PublishedCount(PublishedKind.Value, count));
        }

        foreach (var bound in view.Bounds)
        {
            exact.Bound(bound.Name, bound.Cells, True(bound.Cells), True(bound.Cells));
        }

        return new Attack(exact, universe, made, deviation: 0);
    }

    /// <summary>Every figure (or bound) the reader saw whose true count is 1 to 4, and whether the reader knows it exactly.</summary>
    public List<(string Name, int True, bool Pinned)> SmallFigures() =>
    [
        .. view.Figures.Select(f => f.Cells).Concat(view.Bounds.Select(b => b.Cells))
            .Where(cells => TrueCount(cells) is >= 1 and < DisclosureControl.Threshold)
            .DistinctBy(cells => string.Join(",", cells.Where(cell => truth[cell] > 0)))
            .Select(cells => (Name(cells), TrueCount(cells), !solver.CanDiffer(cells))),
    ];

    /// <summary>Whether the reader can tell the true count of <paramref name="cells"/> exactly.</summary>
    public bool Pins(int[] cells) => !solver.CanDiffer(cells);

    /// <summary>
    /// The same people give the same figure: any two figures that count exactly the same responses show the same, in
    /// whichever table, breakdown, scope or period they were seen.
    /// </summary>
    public void AssertConsistent()
    {
        foreach (var same in view.Figures.GroupBy(f => string.Join(",", f.Cells.Where(cell => truth[cell] > 0))))
        {
            var shown = same.Select(f => f.Shown).Distinct().ToList();
            Assert.True(shown.Count == 1, $"the same responses are shown as {string.Join(" and ", shown)} in {string.Join(", ", same.Select(f => f.Name))}");
        }
    }

    /// <summary>Every figure is what the cell key method publishes for its true count: within the deviation, a band only below 5, 0 only for none.</summary>
    public void AssertWithinDeviation()
    {
        foreach (var figure in view.Figures)
        {
            var count = TrueCount(figure.Cells);
            var ok = figure.Shown.Kind switch
            {
                PublishedKind.Zero => count == 0,
                PublishedKind.Band => count is >= 1 and < DisclosureControl.Threshold + DisclosureControl.MaximumDeviation,
                _ => Math.Abs(figure.Shown.Value - count) <= DisclosureControl.MaximumDeviation && count > 0,
            };
            Assert.True(ok, $"{figure.Name}: {count} responses were shown as {figure.Shown}");
        }
    }

    private string Name(int[] cells) =>
        view.Figures.FirstOrDefault(f => f.Cells == cells)?.Name ?? view.Bounds.First(b => b.Cells == cells).Name;
}
