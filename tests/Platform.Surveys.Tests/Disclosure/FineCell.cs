namespace Platform.Surveys.Tests.Disclosure;

/// <summary>
/// The finest kind of response the disclosure tests make to the test survey: a member, a local area ("" for none), an
/// age band, a mood, the activities chosen (sorted, comma-separated) and a quarter (0: 2026 Q3, 1: 2026 Q4). A sad
/// response also answers "why-sad"; nobody answers "hours" or "comment".
/// </summary>
public sealed record FineCell(string Member, string Area, string AgeBand, string Mood, string Activities, int Quarter)
{
    public static readonly string[] AgeBands = ["6-10", "11-15"];
    public static readonly string[] Moods = ["happy", "neutral", "sad"];
    public static readonly string[] ActivityOptions = ["play", "screens", "sport"];

    /// <summary>Every activity subset, as the cells write it.</summary>
    public static readonly string[] ActivitySets = [.. Enumerable.Range(0, 1 << ActivityOptions.Length)
        .Select(bits => string.Join(",", ActivityOptions.Where((_, i) => (bits & (1 << i)) != 0)))];

    public string[] ChosenActivities => Activities.Length == 0 ? [] : Activities.Split(',');

    /// <summary>Whether the cell's responses count in an answer figure of a question (and option, or the question's total).</summary>
    public bool Answers(string questionId, string? optionId) => questionId switch
    {
        "mood" => optionId is null || Mood == optionId,
        "activities" => optionId is null ? Activities.Length > 0 : ChosenActivities.Contains(optionId),
        "why-sad" => Mood == "sad" && optionId is null,
        _ => false,
    };

    /// <summary>Every cell a response of these members could fall in, whatever the test made.</summary>
    public static List<FineCell> Universe(IReadOnlyDictionary<string, string[]> areasOf) =>
    [
        .. from member in areasOf.Keys
           from area in areasOf[member].Prepend("")
           from ageBand in AgeBands
           from mood in Moods
           from activities in ActivitySets
           from quarter in new[] { 0, 1 }
           select new FineCell(member, area, ageBand, mood, activities, quarter),
    ];
}
