namespace Platform.Surveys.Results;

/// <summary>Which counts of a <see cref="CountTable"/> may be shown.</summary>
public sealed class SuppressedTable(CountTable table, bool[] suppressed)
{
    public CountTable Table { get; } = table;

    public bool IsCellSuppressed(int row, int column) => suppressed[(row * Table.Columns) + column];

    public bool IsRowTotalSuppressed(int row) => suppressed[(Table.Rows * Table.Columns) + row];

    public bool IsColumnTotalSuppressed(int column) => suppressed[(Table.Rows * Table.Columns) + Table.Rows + column];

    public bool IsGrandTotalSuppressed => suppressed[^1];

    public int SuppressedCount => suppressed.Count(hidden => hidden);
}
