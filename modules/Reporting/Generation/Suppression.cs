using Platform.Contracts.Reporting.V1;

namespace Platform.Reporting.Generation;

/// <summary>
/// Counts of people below 5 are never shown. A total is suppressed too when it would give a suppressed value away:
/// when exactly one of its parts is suppressed, or the suppressed parts add up to fewer than 5.
/// </summary>
public static class Suppression
{
    public const decimal Threshold = 5;

    public static Figure Show(decimal value, bool countsPeople) =>
        countsPeople && value < Threshold ? new Figure { Suppressed = true } : new Figure { Value = (double)value };

    public static Figure ShowTotal(IReadOnlyList<decimal> parts, bool countsPeople)
    {
        var total = parts.Sum();
        if (!countsPeople)
        {
            return new Figure { Value = (double)total };
        }

        var hidden = parts.Where(part => part < Threshold).ToList();
        var givesAway = hidden.Count == 1 || (hidden.Count > 1 && hidden.Sum() < Threshold);
        return total < Threshold || givesAway ? new Figure { Suppressed = true } : new Figure { Value = (double)total };
    }

    public static Figure? Change(Figure? current, Figure? previous) =>
        current?.ContentCase == Figure.ContentOneofCase.Value && previous?.ContentCase == Figure.ContentOneofCase.Value
            ? new Figure { Value = current.Value - previous.Value }
            : null;
}
