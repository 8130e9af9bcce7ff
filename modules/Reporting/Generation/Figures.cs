using Platform.Contracts.Reporting.V1;
using Platform.Sdk.Disclosure;

namespace Platform.Reporting.Generation;

/// <summary>
/// Figures as a report shows them. A count of people is published through <see cref="DisclosureControl"/> from its
/// cell (a partnership's total from the sum of its members' cells, a cell in its own right); other values as they are.
/// </summary>
internal static class Figures
{
    public static Figure Show(IndicatorCell cell) => cell.People is { } people ? Published(people) : new Figure { Value = (double)cell.Value };

    public static Figure Total(IReadOnlyList<IndicatorCell> parts) => parts.All(part => part.People is not null)
        ? Published(PeopleCount.Sum(parts.Select(part => part.People!.Value)))
        : new Figure { Value = (double)parts.Sum(part => part.Value) };

    /// <summary>The change between two shown figures, from the published numbers only; absent when either is a band.</summary>
    public static Figure? Change(Figure? current, Figure? previous) =>
        current?.ContentCase == Figure.ContentOneofCase.Value && previous?.ContentCase == Figure.ContentOneofCase.Value
            ? new Figure { Value = current.Value - previous.Value }
            : null;

    private static Figure Published(PeopleCount people)
    {
        var published = DisclosureControl.Publish(people);
        return published.IsBand ? new Figure { Suppressed = true } : new Figure { Value = published.Value };
    }
}

/// <summary>An indicator's value for one row, with its cell when it counts people.</summary>
internal readonly record struct IndicatorCell(decimal Value, PeopleCount? People)
{
    public static IndicatorCell operator +(IndicatorCell left, IndicatorCell right) => new(
        left.Value + right.Value,
        left.People is { } l && right.People is { } r ? l + r : null);
}
