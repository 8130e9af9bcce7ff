using System.Globalization;

namespace Platform.DataGenerator;

/// <summary>How much to seed over every municipality. <see cref="National"/> is the national scale.</summary>
public sealed record DataSetSize(int Actors, int Events, int Answers)
{
    public static DataSetSize National { get; } = new(100_000, 20_000, 2_000_000);

    /// <summary>National scale times a factor, e.g. 0.1 for a tenth of every figure.</summary>
    public static DataSetSize Scaled(double factor) =>
        new((int)(National.Actors * factor), (int)(National.Events * factor), (int)(National.Answers * factor));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Actors:N0} actors, {Events:N0} events, {Answers:N0} survey answers");
}
