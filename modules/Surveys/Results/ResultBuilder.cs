using Platform.Contracts.Surveys.V1;

namespace Platform.Surveys.Results;

/// <summary>Builds one question's result from grouped counts, hiding what <see cref="Suppression"/> says to hide.</summary>
public static class ResultBuilder
{
    public static QuestionResult Question(Question question, IReadOnlyList<GroupCount> optionCounts, IReadOnlyList<GroupCount>? respondents, bool byGroup)
    {
        var options = question.Options.Select(o => o.Id).ToList();
        var groups = byGroup
            ? optionCounts.Select(c => c.Group).Concat(respondents?.Select(r => r.Group) ?? []).Distinct().Order(StringComparer.Ordinal).ToList()
            : [];
        var cells = new int[groups.Count, options.Count];
        foreach (var count in optionCounts)
        {
            var column = options.IndexOf(count.OptionId);
            var row = groups.IndexOf(count.Group);
            if (column >= 0 && row >= 0)
            {
                cells[row, column] += count.Count;
            }
        }

        int GroupTotal(string? group) => respondents is not null
            ? respondents.Where(r => group is null || r.Group == group).Sum(r => r.Count)
            : optionCounts.Where(c => group is null || c.Group == group).Sum(c => c.Count);
        var table = new CountTable(
            cells,
            [.. groups.Select(GroupTotal)],
            [.. options.Select(option => optionCounts.Where(c => c.OptionId == option).Sum(c => c.Count))],
            GroupTotal(null));
        var shown = Suppression.Apply(table);
        return new QuestionResult
        {
            QuestionId = question.Id,
            Type = question.Type,
            Answers = Cell(table.GrandTotal, shown.IsGrandTotalSuppressed),
            Options = { options.Select((id, c) => Option(id, table.ColumnTotals[c], shown.IsColumnTotalSuppressed(c))) },
            Groups =
            {
                groups.Select((group, r) => new GroupResult
                {
                    Group = group,
                    Answers = Cell(table.RowTotals[r], shown.IsRowTotalSuppressed(r)),
                    Options = { options.Select((id, c) => Option(id, cells[r, c], shown.IsCellSuppressed(r, c))) },
                }),
            },
        };
    }

    public static Cell Cell(int count, bool suppressed) => suppressed ? new Cell { Suppressed = true } : new Cell { Count = count };

    private static OptionCell Option(string id, int count, bool suppressed) => new() { OptionId = id, Cell = Cell(count, suppressed) };
}
