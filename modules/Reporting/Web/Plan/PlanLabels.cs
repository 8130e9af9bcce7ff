using System.Globalization;
using Microsoft.Extensions.Localization;
using Platform.Contracts.Reporting.V1;
using Platform.Sdk.Web;

namespace Platform.Reporting.Web.Plan;

/// <summary>Readable words for the plan's codes and values, in the page's language; dates the Danish way.</summary>
internal sealed class PlanLabels(IStringLocalizer<PlanPagesText> text)
{
    public static IReadOnlyList<WorkstreamState> States { get; } = [WorkstreamState.Planned, WorkstreamState.UnderWay, WorkstreamState.Done];

    public static IReadOnlyList<WorkstreamTopic> Topics { get; } =
    [
        WorkstreamTopic.Organising, WorkstreamTopic.Mapping, WorkstreamTopic.Mobilising, WorkstreamTopic.Capacity,
        WorkstreamTopic.Problems, WorkstreamTopic.Presence, WorkstreamTopic.Unspecified,
    ];

    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public string State(WorkstreamState state) => state switch
    {
        WorkstreamState.UnderWay => text["StateUnderWay"],
        WorkstreamState.Done => text["StateDone"],
        _ => text["StatePlanned"],
    };

    public string Topic(WorkstreamTopic topic) => topic switch
    {
        WorkstreamTopic.Organising => text["TopicOrganising"],
        WorkstreamTopic.Mapping => text["TopicMapping"],
        WorkstreamTopic.Mobilising => text["TopicMobilising"],
        WorkstreamTopic.Capacity => text["TopicCapacity"],
        WorkstreamTopic.Problems => text["TopicProblems"],
        WorkstreamTopic.Presence => text["TopicPresence"],
        _ => text["TopicNone"],
    };

    /// <summary>The workstream's title in the page's language (the Danish one when it has no English).</summary>
    public static string Title(Workstream workstream) =>
        English && workstream.TitleEn.Length > 0 ? workstream.TitleEn : workstream.TitleDa;

    public string Period(Workstream workstream) => (Date(workstream.StartDate), Date(workstream.EndDate)) switch
    {
        (null, null) => text["NoDates"],
        ({ } start, null) => text["From", start],
        (null, { } end) => text["To", end],
        var (start, end) => text["FromTo", start!, end!],
    };

    public string Quarter(Quarter quarter) => text["Quarter", quarter.Quarter_, quarter.Year];

    public string Updated(MemberState state) => state.Version == 0
        ? text["NotUpdated"]
        : text["UpdatedAt", DanishFormats.Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(state.UpdatedAt.ToDateTimeOffset(), Copenhagen).DateTime))];

    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    private static string? Date(string iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? DanishFormats.Date(date) : null;
}
