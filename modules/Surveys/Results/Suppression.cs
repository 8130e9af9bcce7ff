namespace Platform.Surveys.Results;

/// <summary>
/// Small-cell suppression with complementary suppression. Every count from 1 to 4 is hidden (primary). Then, in
/// every line whose sum is known (a row with its row total, a column with its column total, the row totals and the
/// column totals with the grand total), a lone hidden value could be found by subtraction, so a second value of that
/// line is hidden too: the smallest shown non-zero member, else the smallest member, else the line's total. This
/// repeats until no line has exactly one hidden value. Zero is shown: it reveals no person.
/// </summary>
public static class Suppression
{
    public const int MinimumCount = 5;

    public static SuppressedTable Apply(CountTable table)
    {
        var values = Flatten(table);
        var hidden = values.Select(value => value is > 0 and < MinimumCount).ToArray();
        var lines = Lines(table);
        bool changed;
        do
        {
            changed = false;
            foreach (var (total, members) in lines)
            {
                var hiddenInLine = members.Count(m => hidden[m]) + (hidden[total] ? 1 : 0);
                if (hiddenInLine != 1)
                {
                    continue;
                }

                var complement = members.Where(m => !hidden[m])
                    .OrderBy(m => values[m] == 0 ? 1 : 0).ThenBy(m => values[m]).ThenBy(m => m)
                    .Cast<int?>().FirstOrDefault() ?? total;
                if (!hidden[complement])
                {
                    hidden[complement] = true;
                    changed = true;
                }
            }
        }
        while (changed);

        return new SuppressedTable(table, hidden);
    }

    /// <summary>Cells row by row, then row totals, column totals and the grand total.</summary>
    private static int[] Flatten(CountTable table)
    {
        var values = new List<int>();
        for (var r = 0; r < table.Rows; r++)
        {
            for (var c = 0; c < table.Columns; c++)
            {
                values.Add(table.Cells[r, c]);
            }
        }

        values.AddRange(table.RowTotals);
        values.AddRange(table.ColumnTotals);
        values.Add(table.GrandTotal);
        return [.. values];
    }

    private static List<(int Total, int[] Members)> Lines(CountTable table)
    {
        int Cell(int r, int c) => (r * table.Columns) + c;
        var rowTotal = table.Rows * table.Columns;
        var columnTotal = rowTotal + table.Rows;
        var grand = columnTotal + table.Columns;
        var lines = new List<(int, int[])>();
        if (table.Columns > 0)
        {
            for (var r = 0; r < table.Rows; r++)
            {
                var row = r;
                lines.Add((rowTotal + r, [.. Enumerable.Range(0, table.Columns).Select(c => Cell(row, c))]));
            }

            lines.Add((grand, [.. Enumerable.Range(columnTotal, table.Columns)]));
        }

        if (table.Rows > 0)
        {
            for (var c = 0; c < table.Columns; c++)
            {
                var column = c;
                lines.Add((columnTotal + c, [.. Enumerable.Range(0, table.Rows).Select(r => Cell(r, column))]));
            }

            lines.Add((grand, [.. Enumerable.Range(rowTotal, table.Rows)]));
        }

        return lines;
    }
}
