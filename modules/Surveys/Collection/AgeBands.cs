namespace Platform.Surveys.Collection;

/// <summary>The age bands results can be broken down by (the platform's age groups).</summary>
internal static class AgeBands
{
    public static IReadOnlyList<string> All { get; } = ["0-2", "3-5", "6-10", "11-15", "16-18"];

    public static bool IsValid(string band) => band.Length == 0 || All.Contains(band);
}
