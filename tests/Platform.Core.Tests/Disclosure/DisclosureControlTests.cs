using Platform.Sdk.Disclosure;

namespace Platform.Core.Tests.Disclosure;

/// <summary>The SDK's cell key method on its own: what any count of people becomes when it is published.</summary>
public sealed class DisclosureControlTests
{
    private static readonly Random Keys = new(20261130);

    [Fact]
    public void No_records_stay_zero_and_one_to_four_records_are_never_shown_as_a_number()
    {
        Assert.Equal(PublishedCount.Zero, DisclosureControl.Publish(default));
        for (var count = 1; count <= 4; count++)
        {
            for (var i = 0; i < 2_000; i++)
            {
                var published = DisclosureControl.Publish(new PeopleCount(count, NextKey()));
                Assert.True(published.Kind != PublishedKind.Zero, $"{count} records were published as none");
                Assert.True(published.IsBand || published.Value >= DisclosureControl.Threshold, $"{count} records were shown as {published.Value}");
            }
        }
    }

    [Fact]
    public void A_published_count_is_within_the_maximum_deviation_and_a_number_is_never_below_the_threshold()
    {
        for (var count = 1; count <= 60; count++)
        {
            for (var i = 0; i < 500; i++)
            {
                var cell = new PeopleCount(count, NextKey());
                var perturbed = DisclosureControl.Perturb(cell);
                var published = DisclosureControl.Publish(cell);
                Assert.InRange(perturbed, Math.Max(1, count - DisclosureControl.MaximumDeviation), count + DisclosureControl.MaximumDeviation);
                Assert.Equal(perturbed < DisclosureControl.Threshold, published.IsBand);
                Assert.True(published.IsBand || published.Value == perturbed);
            }
        }
    }

    [Fact]
    public void The_same_cell_is_always_published_alike_and_one_record_more_gives_an_unrelated_deviation()
    {
        var cells = Enumerable.Range(0, 5_000).Select(_ => new PeopleCount(40, NextKey())).ToList();
        var extra = cells.Select(cell => cell + new PeopleCount(1, NextKey())).ToList();

        Assert.Equal(cells.Select(DisclosureControl.Perturb), cells.Select(DisclosureControl.Perturb));
        var differences = cells.Zip(extra, (cell, more) => DisclosureControl.Perturb(more) - DisclosureControl.Perturb(cell)).ToList();
        Assert.True(differences.Count(d => d != 1) > differences.Count / 3, "one record more must not simply add one to the published count");
        Assert.InRange(differences.Min(), 1 - (2 * DisclosureControl.MaximumDeviation), 1);
    }

    [Fact]
    public void Deviations_follow_the_table_and_average_to_zero()
    {
        const int Cells = 200_000;
        var deviations = Enumerable.Range(0, Cells).Select(_ => DisclosureControl.Perturb(new PeopleCount(100, NextKey())) - 100).ToList();

        for (var deviation = -DisclosureControl.MaximumDeviation; deviation <= DisclosureControl.MaximumDeviation; deviation++)
        {
            var expected = DisclosureControl.DeviationProbabilities[deviation + DisclosureControl.MaximumDeviation];
            var seen = deviations.Count(d => d == deviation) / (double)Cells;
            Assert.True(Math.Abs(seen - expected) < 0.005, $"deviation {deviation}: {seen:P2} of cells, the table says {expected:P2}");
        }

        Assert.InRange(deviations.Average(), -0.01, 0.01);
        Assert.InRange(DisclosureControl.DeviationProbabilities.Sum(), 0.999_999, 1.000_001);
    }

    [Fact]
    public void A_cell_adds_up_from_disjoint_parts_as_the_sum_of_their_keys()
    {
        var parts = Enumerable.Range(0, 10).Select(_ => new PeopleCount(Keys.Next(1, 20), NextKey())).ToList();

        var whole = PeopleCount.Sum(parts);

        Assert.Equal(parts.Sum(p => p.Count), whole.Count);
        Assert.Equal(PeopleCount.FromKeySum(whole.Count, parts.Sum(p => (long)(int)p.Key)), whole);
    }

    [Fact]
    public void A_share_comes_from_published_counts_only_and_is_left_out_over_a_band()
    {
        var whole = new PublishedCount(PublishedKind.Value, 31);

        Assert.Equal(45, DisclosureControl.SharePercent(new PublishedCount(PublishedKind.Value, 14), whole));
        Assert.Equal(0, DisclosureControl.SharePercent(PublishedCount.Zero, whole));
        Assert.Equal(100, DisclosureControl.SharePercent(new PublishedCount(PublishedKind.Value, 33), whole));
        Assert.Null(DisclosureControl.SharePercent(PublishedCount.Band, whole));
        Assert.Null(DisclosureControl.SharePercent(new PublishedCount(PublishedKind.Value, 5), PublishedCount.Band));
    }

    [Fact]
    public void Record_keys_are_spread_over_all_32_bits()
    {
        var keys = Enumerable.Range(0, 10_000).Select(_ => RecordKeys.New()).ToList();

        // Two of 10,000 random 32-bit keys coincide about once in a hundred runs; four never do in practice.
        Assert.True(keys.Distinct().Count() >= keys.Count - 3, "the keys repeat");
        Assert.Contains(keys, key => key < 0);
        Assert.InRange(keys.Count(key => key < 0) / (double)keys.Count, 0.45, 0.55);
    }

    private static uint NextKey() => (uint)Keys.NextInt64(0, 1L << 32);
}
