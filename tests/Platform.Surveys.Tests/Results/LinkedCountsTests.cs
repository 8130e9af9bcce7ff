using Platform.Surveys.Results;

namespace Platform.Surveys.Tests.Results;

public sealed class LinkedCountsTests
{
    [Fact]
    public void A_count_shared_by_two_tables_is_hidden_in_both_when_either_needs_it_hidden()
    {
        // Table 1: total 20 = a 3 + b 17. Table 2 shares b: b 17 = c 10 + d 7. Hiding a needs b hidden, and then
        // table 2 must hide one of c and d too, or b would follow from it.
        var counts = new LinkedCounts<string>();
        foreach (var (key, value) in new[] { ("total", 20), ("a", 3), ("b", 17), ("c", 10), ("d", 7) })
        {
            counts.Add(key, value);
        }

        counts.AddLine("total", ["a", "b"]);
        counts.AddLine("b", ["c", "d"]);
        counts.Solve();

        Assert.Equal([true, true, false], new[] { "a", "b", "total" }.Select(counts.IsHidden));
        Assert.True(counts.IsHidden("d"), "the smaller of c and d is hidden with b");
        Assert.False(counts.IsHidden("c"));
    }

    [Fact]
    public void A_count_decided_elsewhere_never_changes_so_the_total_is_hidden_instead()
    {
        var counts = new LinkedCounts<string>();
        counts.AddFixed("member-a", 7, isHidden: false);
        counts.AddFixed("member-b", 2, isHidden: true);
        counts.Add("partnership", 9);
        counts.AddLine("partnership", ["member-a", "member-b"]);

        counts.Solve();

        Assert.Equal([false, true, true], new[] { "member-a", "member-b", "partnership" }.Select(counts.IsHidden));
    }

    [Fact]
    public void A_hidden_count_that_shown_fixed_counts_give_away_is_shown_and_its_line_hides_another()
    {
        // x (3) is hidden; grand 18 = x + t would give it away, so t (15) is hidden first. But t = m1 + m2 with both
        // members fixed and shown, so hiding t protects nothing: t is shown, and the grand total is hidden instead.
        var counts = new LinkedCounts<string>();
        counts.AddFixed("m1", 10, isHidden: false);
        counts.AddFixed("m2", 5, isHidden: false);
        counts.Add("t", 15);
        counts.Add("x", 3);
        counts.Add("grand", 18);
        counts.AddLine("grand", ["t", "x"]);
        counts.AddLine("t", ["m1", "m2"]);

        counts.Solve();

        Assert.Equal([false, true, true], new[] { "t", "x", "grand" }.Select(counts.IsHidden));
    }

    [Fact]
    public void A_member_never_added_counts_as_zero_and_leaves_its_line()
    {
        var counts = new LinkedCounts<string>();
        counts.Add("total", 4);
        counts.Add("only", 4);
        counts.AddLine("total", ["only", "never-added"]);

        counts.Solve();

        Assert.True(counts.IsHidden("total"));
        Assert.True(counts.IsHidden("only"));
        Assert.Equal(2, counts.Count);
    }
}
