namespace Platform.Surveys.Results;

/// <summary>
/// Small-cell suppression with complementary suppression of one table (see <see cref="LinkedCounts{TKey}"/> for the
/// rule): every line whose sum is known (a row with its row total, a column with its column total, the row totals and
/// the column totals with the grand total) is protected.
/// </summary>
public static class Suppression
{
    public const int MinimumCount = 5;

    public static SuppressedTable Apply(CountTable table)
    {
        var counts = new LinkedCounts<int>();
        var values = Flatten(table);
        for (var i = 0; i < values.Length; i++)
        {
            counts.Add(i, values[i]);
        }

        foreach (var (total, members) in Lines(table))
        {
            counts.AddLine(total, members);
        }

        counts.Solve();
        return new SuppressedTable(table, [.. Enumerable.Range(0, values.Length).Select(counts.IsHidden)]);
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
