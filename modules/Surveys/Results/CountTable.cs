namespace Platform.Surveys.Results;

/// <summary>
/// Counts of one question: a row per group (local area, audience, ...), a column per option, the totals of both
/// and the grand total. Every total is the sum of its line, or an upper bound for multiple choice.
/// </summary>
public sealed class CountTable
{
    public CountTable(int[,] cells, int[] rowTotals, int[] columnTotals, int grandTotal)
    {
        if (cells.GetLength(0) != rowTotals.Length || cells.GetLength(1) != columnTotals.Length)
        {
            throw new ArgumentException("The totals must match the cells' rows and columns.", nameof(cells));
        }

        Cells = cells;
        RowTotals = rowTotals;
        ColumnTotals = columnTotals;
        GrandTotal = grandTotal;
    }

    public int[,] Cells { get; }

    public int[] RowTotals { get; }

    public int[] ColumnTotals { get; }

    public int GrandTotal { get; }

    public int Rows => RowTotals.Length;

    public int Columns => ColumnTotals.Length;
}
