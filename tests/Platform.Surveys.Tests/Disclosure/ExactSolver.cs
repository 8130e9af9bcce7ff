using Google.OrTools.Sat;
using Platform.Sdk.Disclosure;

namespace Platform.Surveys.Tests.Disclosure;

/// <summary>
/// A determined reader's exact arithmetic over everything published. The unknowns are the true counts of the finest
/// cells (whole, never negative); every published figure is the sum of some of them, and tells the reader: a zero is
/// exactly 0; a band is a perturbed count from 1 to 4, so the true count is at least 1 and at most 4 plus the maximum
/// deviation; a number lies within the maximum deviation of the true count. A bound that a reader learns some other way
/// (a share) is a range. The solver decides whether a figure's true count could be anything but what it is.
/// </summary>
public sealed class ExactSolver
{
    private readonly CpModel model = new();
    private readonly IntVar[] unknowns;
    private readonly int[] truth;
    private readonly List<(int Lowest, int Highest, int Sum)> constraints = [];
    private readonly List<int>[] constraintsOf;
    private readonly int deviation;

    /// <param name="truth">The true count of every fine cell, which the reader does not know: a solution to start from.</param>
    /// <param name="deviation">How far a published number may be from its true count.</param>
    public ExactSolver(IReadOnlyList<int> truth, int deviation)
    {
        this.deviation = deviation;
        this.truth = [.. truth];
        var largest = Math.Max(50, truth.Sum() * 2);
        unknowns = [.. Enumerable.Range(0, truth.Count).Select(i => model.NewIntVar(0, largest, $"x{i}"))];
        constraintsOf = [.. truth.Select(_ => new List<int>())];
        for (var i = 0; i < unknowns.Length; i++)
        {
            model.AddHint(unknowns[i], truth[i]);
        }
    }

    /// <summary>What a reader learns from one published count of the sum of <paramref name="cells"/>.</summary>
    public void Published(IReadOnlyCollection<int> cells, PublishedCount published)
    {
        switch (published.Kind)
        {
            case PublishedKind.Zero:
                Within(cells, 0, 0);
                break;
            case PublishedKind.Band:
                Within(cells, 1, DisclosureControl.Threshold - 1 + deviation);
                break;
            default:
                Within(cells, Math.Max(0, published.Value - deviation), published.Value + deviation);
                break;
        }
    }

    public void Within(IReadOnlyCollection<int> cells, int lowest, int highest)
    {
        var sum = Sum(cells);
        model.Add(sum >= lowest);
        model.Add(sum <= highest);
        foreach (var cell in cells)
        {
            constraintsOf[cell].Add(constraints.Count);
        }

        var trueSum = cells.Sum(cell => truth[cell]);
        Assert.True(trueSum >= lowest && trueSum <= highest, $"a published figure contradicts its true count {trueSum} ({lowest}..{highest})");
        constraints.Add((lowest, highest, trueSum));
    }

    /// <summary>
    /// Whether the sum of <paramref name="cells"/> could be other than it truly is while everything published still
    /// holds. The quick answer is one more or one fewer response in one of its fine cells that breaks no published
    /// figure; failing that, CP-SAT searches every solution.
    /// </summary>
    public bool CanDiffer(IReadOnlyCollection<int> cells)
    {
        if (cells.Any(cell => Fits(cell, +1) || (truth[cell] > 0 && Fits(cell, -1))))
        {
            return true;
        }

        var value = cells.Sum(cell => truth[cell]);
        var sum = Sum(cells);
        var above = model.NewBoolVar("above");
        var below = model.NewBoolVar("below");
        model.Add(sum >= value + 1).OnlyEnforceIf(above);
        model.Add(sum <= value - 1).OnlyEnforceIf(below);
        return Feasible(above) || Feasible(below);
    }

    private bool Fits(int cell, int change) =>
        constraintsOf[cell].All(i => constraints[i].Sum + change >= constraints[i].Lowest && constraints[i].Sum + change <= constraints[i].Highest);

    private bool Feasible(BoolVar assumption)
    {
        model.ClearAssumptions();
        model.AddAssumption(assumption);
        var solver = new CpSolver { StringParameters = "num_workers:2,max_time_in_seconds:60" };
        var status = solver.Solve(model);
        Assert.True(status is CpSolverStatus.Feasible or CpSolverStatus.Optimal or CpSolverStatus.Infeasible, $"the solver gave up ({status})");
        return status != CpSolverStatus.Infeasible;
    }

    private LinearExpr Sum(IReadOnlyCollection<int> cells) => LinearExpr.Sum(cells.Select(cell => unknowns[cell]));
}
