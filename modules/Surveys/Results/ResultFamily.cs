using Platform.Contracts.Surveys.V1;

namespace Platform.Surveys.Results;

/// <summary>
/// Suppressed results, built so that a count hidden in one table cannot be found from another table the same caller
/// can ask for. A unit's tables (one municipality's answers to one survey, by every breakdown) repeat its margins,
/// so they are protected together. A partnership's tables are protected together with its members' units: each unit's
/// suppression is decided first, from its own answers alone, and kept, so a member's results never depend on another
/// member's answers, and the partnership's results hide whatever a member's would give away.
/// </summary>
public static class ResultFamily
{
    private static readonly Breakdown[] UnitBreakdowns = [Breakdown.None, Breakdown.LocalArea, Breakdown.Audience, Breakdown.AgeBand];
    private static readonly Breakdown[] PartnershipBreakdowns = [.. UnitBreakdowns, Breakdown.Municipality];

    /// <summary>The results of one unit, or (with a null <paramref name="unit"/>) of every unit in the counts, by one breakdown.</summary>
    public static SurveyResults Compute(SurveyDefinition definition, AnswerCounts counts, ResultUnit? unit, Breakdown breakdown)
    {
        var answers = counts.Answers.ToLookup(c => c.QuestionId);
        var respondents = counts.Respondents.ToLookup(c => c.QuestionId);
        return new SurveyResults
        {
            MinimumCount = Suppression.MinimumCount,
            Responses = Responses(counts.Responses, unit),
            Questions =
            {
                definition.Sections.SelectMany(section => section.Questions).Select(question => Question(
                    question,
                    [.. answers[question.Id]],
                    question.Type == QuestionType.MultipleChoice ? [.. respondents[question.Id]] : null,
                    unit,
                    breakdown)),
            },
        };
    }

    private static QuestionResult Question(Question question, List<FineCount> answers, List<FineCount>? respondents, ResultUnit? unit, Breakdown breakdown)
    {
        var options = question.Options.Select(o => o.Id).ToList();
        var (counts, groups) = unit is null
            ? Partnership(options, answers, respondents)
            : Unit(options, answers.Where(a => a.Unit == unit), respondents?.Where(r => r.Unit == unit), unit);
        return new QuestionResult
        {
            QuestionId = question.Id,
            Type = question.Type,
            Answers = Cell(counts, FigureKey.Margin(null, unit)),
            Options = { options.Select(option => Option(counts, FigureKey.Margin(option, unit))) },
            Groups =
            {
                breakdown == Breakdown.None ? [] : groups[breakdown].Select(group => new GroupResult
                {
                    Group = group,
                    Answers = Cell(counts, new FigureKey(null, unit, breakdown, group)),
                    Options = { options.Select(option => Option(counts, new FigureKey(option, unit, breakdown, group))) },
                }),
            },
        };
    }

    private static (LinkedCounts<FigureKey> Counts, Dictionary<Breakdown, List<string>> Groups) Unit(
        List<string> options, IEnumerable<FineCount> answers, IEnumerable<FineCount>? respondents, ResultUnit unit)
    {
        var counts = new LinkedCounts<FigureKey>();
        var groups = AddTables(counts, options, [.. answers], respondents?.ToList(), unit, UnitBreakdowns);
        counts.Solve();
        return (counts, groups);
    }

    private static (LinkedCounts<FigureKey> Counts, Dictionary<Breakdown, List<string>> Groups) Partnership(
        List<string> options, List<FineCount> answers, List<FineCount>? respondents)
    {
        var counts = new LinkedCounts<FigureKey>();
        var units = answers.Concat(respondents ?? []).Select(c => c.Unit).Distinct().ToList();
        var answersOf = answers.ToLookup(a => a.Unit);
        var respondentsOf = respondents?.ToLookup(r => r.Unit);
        foreach (var unit in units)
        {
            var own = Unit(options, answersOf[unit], respondentsOf?[unit], unit).Counts;
            foreach (var key in own.Keys)
            {
                counts.AddFixed(key, own.ValueOf(key), own.IsHidden(key));
            }
        }

        var groups = AddTables(counts, options, answers, respondents, null, PartnershipBreakdowns);
        foreach (var (breakdown, names) in groups)
        {
            foreach (var key in names.SelectMany(group => options.Append(null).Select(option => new FigureKey(option, null, breakdown, group))))
            {
                // A partnership's count is the sum of its units' counts of the same group (of a municipality: their margins).
                counts.AddLine(key, breakdown == Breakdown.Municipality
                    ? units.Where(u => u.MunicipalityCode == key.Group).Select(u => FigureKey.Margin(key.OptionId, u))
                    : units.Select(u => key with { Unit = u }));
            }
        }

        counts.Solve();
        return (counts, groups);
    }

    /// <summary>
    /// Adds the tables of one scope (a unit, or the partnership as a null unit), one per breakdown, with their lines:
    /// each row with its row total, each column with its column total (the margins), and both sets of totals with the
    /// grand total. A multiple-choice question's totals count respondents, which bound the sum of their line.
    /// </summary>
    private static Dictionary<Breakdown, List<string>> AddTables(
        LinkedCounts<FigureKey> counts, List<string> options, List<FineCount> answers, List<FineCount>? respondents, ResultUnit? unit,
        IEnumerable<Breakdown> breakdowns)
    {
        var groupsOf = new Dictionary<Breakdown, List<string>>();
        foreach (var breakdown in breakdowns)
        {
            var totals = new Dictionary<string, int>(StringComparer.Ordinal);
            var cells = new Dictionary<(string Option, string Group), int>();
            foreach (var answer in answers)
            {
                var group = AnswerCounts.GroupOf(answer, breakdown);
                cells[(answer.OptionId, group)] = cells.GetValueOrDefault((answer.OptionId, group)) + answer.Count;
                if (respondents is null)
                {
                    totals[group] = totals.GetValueOrDefault(group) + answer.Count;
                }
            }

            foreach (var respondent in respondents ?? [])
            {
                var group = AnswerCounts.GroupOf(respondent, breakdown);
                totals[group] = totals.GetValueOrDefault(group) + respondent.Count;
            }

            var groups = breakdown == Breakdown.None ? [""] : totals.Keys.Order(StringComparer.Ordinal).ToList();
            groupsOf[breakdown] = groups;
            foreach (var group in groups)
            {
                counts.Add(new FigureKey(null, unit, breakdown, group), totals.GetValueOrDefault(group));
                foreach (var option in options)
                {
                    counts.Add(new FigureKey(option, unit, breakdown, group), cells.GetValueOrDefault((option, group)));
                }
            }

            if (breakdown == Breakdown.None)
            {
                counts.AddLine(FigureKey.Margin(null, unit), options.Select(option => FigureKey.Margin(option, unit)));
                continue;
            }

            foreach (var group in groups)
            {
                counts.AddLine(new FigureKey(null, unit, breakdown, group), options.Select(option => new FigureKey(option, unit, breakdown, group)));
            }

            foreach (var option in options)
            {
                counts.AddLine(FigureKey.Margin(option, unit), groups.Select(group => new FigureKey(option, unit, breakdown, group)));
            }

            counts.AddLine(FigureKey.Margin(null, unit), groups.Select(group => new FigureKey(null, unit, breakdown, group)));
        }

        return groupsOf;
    }

    /// <summary>Responses of a unit, or of the partnership, which must not give a small unit's count away.</summary>
    private static Cell Responses(IReadOnlyDictionary<ResultUnit, int> perUnit, ResultUnit? unit)
    {
        var counts = new LinkedCounts<FigureKey>();
        var scope = FigureKey.Margin(null, unit);
        if (unit is not null)
        {
            counts.Add(scope, perUnit.GetValueOrDefault(unit));
            return Cell(counts, scope);
        }

        foreach (var (member, count) in perUnit)
        {
            counts.AddFixed(FigureKey.Margin(null, member), count, count is > 0 and < Suppression.MinimumCount);
        }

        counts.Add(scope, perUnit.Values.Sum());
        counts.AddLine(scope, perUnit.Keys.Select(member => FigureKey.Margin(null, member)));
        counts.Solve();
        return Cell(counts, scope);
    }

    private static Cell Cell(LinkedCounts<FigureKey> counts, FigureKey key) =>
        !counts.Contains(key) ? new Cell { Count = 0 }
        : counts.IsHidden(key) ? new Cell { Suppressed = true }
        : new Cell { Count = counts.ValueOf(key) };

    private static OptionCell Option(LinkedCounts<FigureKey> counts, FigureKey key) => new() { OptionId = key.OptionId!, Cell = Cell(counts, key) };
}
