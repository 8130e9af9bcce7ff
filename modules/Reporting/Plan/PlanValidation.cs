using System.Globalization;
using Platform.Contracts.Reporting.V1;
using Platform.Reporting.Plan.Data;
using Platform.Sdk.Errors;

namespace Platform.Reporting.Plan;

/// <summary>The checks of the plan's requests; each names the field it refuses by its proto name.</summary>
internal static class PlanValidation
{
    public const int MaxWorkstreams = 20;

    public static Validation Workstreams(this Validation validation, IReadOnlyList<Workstream> workstreams)
    {
        validation.Check(workstreams.Count is > 0 and <= MaxWorkstreams, "workstreams", $"must hold 1 to {MaxWorkstreams} workstreams");
        for (var i = 0; i < workstreams.Count; i++)
        {
            var workstream = workstreams[i];
            var field = $"workstreams[{i}]";
            validation
                .Required(workstream.TitleDa, $"{field}.title_da", PlanModel.TitleLength)
                .Required(workstream.TitleEn, $"{field}.title_en", PlanModel.TitleLength)
                .MaxLength(workstream.Responsible, $"{field}.responsible", PlanModel.TitleLength)
                .MaxLength(workstream.Note, $"{field}.note", PlanModel.NoteLength)
                .Check(System.Enum.IsDefined(workstream.Topic), $"{field}.topic", "must be a known topic")
                .Check(workstream.Id.Length == 0 || Guid.TryParse(workstream.Id, out _), $"{field}.id", "must be a workstream's id or empty")
                .Check(TryDate(workstream.StartDate, out var start), $"{field}.start_date", "must be a date, YYYY-MM-DD")
                .Check(TryDate(workstream.EndDate, out var end), $"{field}.end_date", "must be a date, YYYY-MM-DD")
                .Check(start is null || end is null || end >= start, $"{field}.end_date", "must not be before the start date");
        }

        return validation;
    }

    public static Validation State(this Validation validation, WorkstreamState state) =>
        validation.Check(state is WorkstreamState.Planned or WorkstreamState.UnderWay or WorkstreamState.Done, "state",
            "must be WORKSTREAM_STATE_PLANNED, WORKSTREAM_STATE_UNDER_WAY or WORKSTREAM_STATE_DONE");

    public static Validation Version(this Validation validation, int expectedVersion) =>
        validation.Check(expectedVersion >= 0, "expected_version", "must be the version as read, 0 or more");

    /// <summary>An empty text is no date; anything else must be YYYY-MM-DD.</summary>
    public static bool TryDate(string text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, PlanContract.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }
}
