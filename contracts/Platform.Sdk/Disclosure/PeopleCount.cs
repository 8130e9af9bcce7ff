namespace Platform.Sdk.Disclosure;

/// <summary>
/// A count of people (or of records that stand for people: responses, registrations) with its cell key: the sum of
/// the counted records' <see cref="RecordKeys">record keys</see>, modulo 2^32. The same records always give the same
/// key, so the same cell is published alike wherever it appears; cells of disjoint records add up with <c>+</c>.
/// </summary>
public readonly record struct PeopleCount(int Count, uint Key)
{
    /// <summary>A cell from a count and the plain sum of its records' keys (as a database's SUM returns it).</summary>
    public static PeopleCount FromKeySum(int count, long keySum) => new(count, unchecked((uint)keySum));

    public static PeopleCount operator +(PeopleCount left, PeopleCount right) =>
        new(left.Count + right.Count, unchecked(left.Key + right.Key));

    /// <summary>The cell of every record of the given disjoint cells.</summary>
    public static PeopleCount Sum(IEnumerable<PeopleCount> cells) => cells.Aggregate(default(PeopleCount), (sum, cell) => sum + cell);
}
