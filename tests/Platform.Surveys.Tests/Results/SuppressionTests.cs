using Platform.Surveys.Results;

namespace Platform.Surveys.Tests.Results;

public sealed class SuppressionTests
{
    [Fact]
    public void Four_answers_are_hidden_and_five_are_shown()
    {
        var four = Suppression.Apply(Table(new[,] { { 4 } }));
        var five = Suppression.Apply(Table(new[,] { { 5 } }));

        Assert.True(four.IsCellSuppressed(0, 0));
        Assert.True(four.IsGrandTotalSuppressed);
        Assert.Equal(0, five.SuppressedCount);
    }

    [Fact]
    public void A_single_hidden_cell_in_a_row_forces_a_second_hidden_cell_in_that_row()
    {
        // Row 0: 3 is hidden; from the row total 3 + 7 + 20 = 30 it would follow, so the 7 is hidden too.
        var shown = Suppression.Apply(Table(new[,] { { 3, 7, 20 }, { 10, 12, 30 } }));

        Assert.True(shown.IsCellSuppressed(0, 0));
        Assert.True(shown.IsCellSuppressed(0, 1));
        Assert.False(shown.IsCellSuppressed(0, 2));
        Assert.False(shown.IsRowTotalSuppressed(0));
        NoLineHasALoneHiddenValue(shown);
    }

    [Fact]
    public void A_hidden_cell_also_forces_a_second_hidden_cell_in_its_column()
    {
        var shown = Suppression.Apply(Table(new[,] { { 3, 7, 20 }, { 10, 12, 30 } }));

        // Column 0 holds 3 and 10 with a shown column total of 13: the 10 must go as well, then row 1 needs a second one.
        Assert.True(shown.IsCellSuppressed(1, 0));
        Assert.True(shown.IsCellSuppressed(1, 1));
        Assert.False(shown.IsCellSuppressed(1, 2));
    }

    [Fact]
    public void A_group_below_five_is_hidden_with_a_second_group_so_the_total_does_not_reveal_it()
    {
        var shown = Suppression.Apply(Table(new[,] { { 2, 1 }, { 30, 20 }, { 9, 6 } }));

        Assert.True(shown.IsRowTotalSuppressed(0));
        Assert.True(shown.IsRowTotalSuppressed(2));
        Assert.False(shown.IsRowTotalSuppressed(1));
        Assert.False(shown.IsGrandTotalSuppressed);
        NoLineHasALoneHiddenValue(shown);
    }

    [Fact]
    public void Zeros_are_shown_and_a_table_without_small_counts_hides_nothing()
    {
        var shown = Suppression.Apply(Table(new[,] { { 0, 7 }, { 5, 0 } }));

        Assert.Equal(0, shown.SuppressedCount);
    }

    [Fact]
    public void In_random_tables_no_line_ever_keeps_a_lone_hidden_value_and_every_small_count_is_hidden()
    {
        var random = new Random(20261123);
        for (var round = 0; round < 500; round++)
        {
            var cells = new int[random.Next(0, 6), random.Next(0, 6)];
            for (var r = 0; r < cells.GetLength(0); r++)
            {
                for (var c = 0; c < cells.GetLength(1); c++)
                {
                    cells[r, c] = random.Next(0, 4) == 0 ? random.Next(0, 5) : random.Next(0, 40);
                }
            }

            var shown = Suppression.Apply(Table(cells));

            NoLineHasALoneHiddenValue(shown);
            for (var r = 0; r < cells.GetLength(0); r++)
            {
                for (var c = 0; c < cells.GetLength(1); c++)
                {
                    Assert.True(cells[r, c] is 0 or >= 5 || shown.IsCellSuppressed(r, c));
                }
            }
        }
    }

    private static CountTable Table(int[,] cells)
    {
        var rows = Enumerable.Range(0, cells.GetLength(0)).Select(r => Enumerable.Range(0, cells.GetLength(1)).Sum(c => cells[r, c])).ToArray();
        var columns = Enumerable.Range(0, cells.GetLength(1)).Select(c => Enumerable.Range(0, cells.GetLength(0)).Sum(r => cells[r, c])).ToArray();
        return new CountTable(cells, rows, columns, rows.Sum());
    }

    /// <summary>A line (row, column, or the totals) with exactly one hidden value would give it away by subtraction.</summary>
    private static void NoLineHasALoneHiddenValue(SuppressedTable shown)
    {
        var table = shown.Table;
        for (var r = 0; r < table.Rows && table.Columns > 0; r++)
        {
            Assert.NotEqual(1, Enumerable.Range(0, table.Columns).Count(c => shown.IsCellSuppressed(r, c)) + (shown.IsRowTotalSuppressed(r) ? 1 : 0));
        }

        for (var c = 0; c < table.Columns && table.Rows > 0; c++)
        {
            Assert.NotEqual(1, Enumerable.Range(0, table.Rows).Count(r => shown.IsCellSuppressed(r, c)) + (shown.IsColumnTotalSuppressed(c) ? 1 : 0));
        }

        var grand = shown.IsGrandTotalSuppressed ? 1 : 0;
        if (table.Rows > 0)
        {
            Assert.NotEqual(1, Enumerable.Range(0, table.Rows).Count(shown.IsRowTotalSuppressed) + grand);
        }

        if (table.Columns > 0)
        {
            Assert.NotEqual(1, Enumerable.Range(0, table.Columns).Count(shown.IsColumnTotalSuppressed) + grand);
        }
    }
}
