namespace Platform.Surveys.Results;

/// <summary>
/// Counts tied together by sums, and which of them may be shown. A line is a total and the counts that add up to it
/// (a row of a table with its row total, a column with its column total, and so on). Every count from 1 to 4 is hidden
/// (primary). A line with exactly one hidden count would give it away by subtraction, so a second count of that line is
/// hidden too (complementary): the smallest shown non-zero member, else the smallest member, else the total. This
/// repeats until no line has a lone hidden count. Zero is shown: it reveals no person.
/// <para>
/// A key names one count wherever it appears, so every table that shows the count hides it alike, and lines of
/// different tables protect each other. A count can be fixed: decided elsewhere (a member's own results, when its
/// partnership's are worked out) and never changed here. A hidden count that fixed, shown counts give away exactly is
/// then shown, since hiding it protects nothing, and the lines it was hidden for find another count to hide.
/// </para>
/// </summary>
public sealed class LinkedCounts<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, int> indexes = [];
    private readonly List<int> values = [];
    private readonly List<bool> hidden = [];
    private readonly List<bool> decidedElsewhere = [];
    private readonly List<(int Total, int[] Members)> lines = [];

    public int Count => values.Count;

    public IEnumerable<TKey> Keys => indexes.Keys;

    public int HiddenCount => hidden.Count(isHidden => isHidden);

    public bool Contains(TKey key) => indexes.ContainsKey(key);

    /// <summary>Adds a count; a key added before keeps its first value.</summary>
    public void Add(TKey key, int value)
    {
        if (!indexes.ContainsKey(key))
        {
            Append(key, value, IsSmall(value), decided: false);
        }
    }

    /// <summary>Adds a count whose visibility was decided elsewhere.</summary>
    public void AddFixed(TKey key, int value, bool isHidden) => Append(key, value, isHidden, decided: true);

    /// <summary>Ties a total to its members. Members never added count as zeros and are left out.</summary>
    public void AddLine(TKey total, IEnumerable<TKey> members)
    {
        int[] present = [.. members.Where(indexes.ContainsKey).Select(member => indexes[member])];
        if (present.Length > 0)
        {
            lines.Add((indexes[total], present));
        }
    }

    public bool IsHidden(TKey key) => hidden[indexes[key]];

    public int ValueOf(TKey key) => values[indexes[key]];

    public void Solve()
    {
        bool changed;
        do
        {
            changed = false;
            foreach (var (total, members) in lines)
            {
                changed |= Protect(total, members);
            }
        }
        while (changed);
    }

    private static bool IsSmall(int value) => value is > 0 and < Suppression.MinimumCount;

    /// <summary>Mends a line with a lone hidden count; says whether anything changed.</summary>
    private bool Protect(int total, int[] members)
    {
        var hiddenInLine = (hidden[total] ? 1 : 0) + members.Count(member => hidden[member]);
        if (hiddenInLine != 1)
        {
            return false;
        }

        var complement = members.Where(IsFree)
            .OrderBy(member => values[member] == 0 ? 1 : 0).ThenBy(member => values[member]).ThenBy(member => member)
            .Cast<int?>().FirstOrDefault() ?? (IsFree(total) ? total : null);
        if (complement is { } chosen)
        {
            hidden[chosen] = true;
            return true;
        }

        var lone = hidden[total] ? total : members.First(member => hidden[member]);
        if (decidedElsewhere[lone] || IsSmall(values[lone]))
        {
            return false;
        }

        hidden[lone] = false;
        decidedElsewhere[lone] = true;
        return true;
    }

    private bool IsFree(int index) => !hidden[index] && !decidedElsewhere[index];

    private void Append(TKey key, int value, bool isHidden, bool decided)
    {
        indexes.Add(key, values.Count);
        values.Add(value);
        hidden.Add(isHidden);
        decidedElsewhere.Add(decided);
    }
}
