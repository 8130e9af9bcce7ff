namespace Platform.Sdk.Disclosure;

/// <summary>
/// The one place a count of people becomes a published figure (the cell key method, as statistics agencies protect
/// flexible tables). A cell's count is perturbed by a small deviation that is a fixed function of its count and its
/// cell key, so the same cell shows the same value in every table, format and call, while two cells that differ by a
/// few records get independent deviations: a difference of published figures is noisy, never an exact count. A
/// perturbed count below <see cref="Threshold"/> is shown as a band ("færre end 5"); a true zero stays zero. Totals
/// are cells in their own right, so published parts need not add up to their published total.
/// </summary>
public static class DisclosureControl
{
    /// <summary>Perturbed counts below this are shown as a band.</summary>
    public const int Threshold = 5;

    /// <summary>No published count differs from its true count by more than this.</summary>
    public const int MaximumDeviation = 3;

    /// <summary>
    /// How likely each deviation from −3 to +3 is (a count of 3 or more); the mean deviation is 0. The largest
    /// deviations are kept rare on purpose: a reader can pin a small count only where a figure took one of them.
    /// </summary>
    public static IReadOnlyList<double> DeviationProbabilities { get; } = [0.0001, 0.0249, 0.2250, 0.5000, 0.2250, 0.0249, 0.0001];

    /// <summary>The perturbed count of a cell: 0 only for a cell without records, never below 1 otherwise.</summary>
    public static int Perturb(PeopleCount cell) => cell.Count <= 0 ? 0 : cell.Count + Deviation(cell.Count, cell.Key);

    public static PublishedCount Publish(PeopleCount cell)
    {
        var perturbed = Perturb(cell);
        return perturbed == 0 ? PublishedCount.Zero
            : perturbed < Threshold ? PublishedCount.Band
            : new PublishedCount(PublishedKind.Value, perturbed);
    }

    /// <summary>
    /// A share in whole per cent, from published counts only: null when the whole is not shown as a number (a band:
    /// its base is below the threshold) or the part is a band; capped at 100, since perturbed parts may exceed it.
    /// </summary>
    public static int? SharePercent(PublishedCount part, PublishedCount whole)
    {
        if (whole.Kind != PublishedKind.Value || part.IsBand)
        {
            return null;
        }

        return (int)Math.Min(100, Math.Round(100m * part.Value / whole.Value, MidpointRounding.AwayFromZero));
    }

    /// <summary>
    /// The deviation a key selects: the key, read as a fraction of 2^32, picks a point on the cumulative distribution
    /// of <see cref="DeviationProbabilities"/>, restricted to deviations that keep the count at 1 or more.
    /// </summary>
    private static int Deviation(int count, uint key)
    {
        var lowest = Math.Max(-MaximumDeviation, 1 - count);
        var cumulative = Cumulative[lowest + MaximumDeviation];
        var point = key / 4294967296.0;
        var i = 0;
        while (i < cumulative.Length - 1 && point >= cumulative[i])
        {
            i++;
        }

        return lowest + i;
    }

    /// <summary>For each lowest allowed deviation (−3 to 0), the cumulative probabilities of the deviations from it up.</summary>
    private static readonly double[][] Cumulative = [.. Enumerable.Range(0, MaximumDeviation + 1).Select(skip =>
    {
        var weights = DeviationProbabilities.Skip(skip).ToArray();
        var running = 0.0;
        return weights.Select(weight => (running += weight) / weights.Sum()).ToArray();
    })];
}
