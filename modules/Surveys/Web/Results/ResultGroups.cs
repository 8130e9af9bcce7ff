using Microsoft.Extensions.Localization;
using Platform.Contracts.Surveys.V1;
using Platform.Sdk.Directory;

namespace Platform.Surveys.Web.Results;

/// <summary>
/// The breakdowns a results page offers (the <c>by</c> of its address) and the readable name of each group: a local
/// area's or a municipality's name, an age band in years, an audience in words. Never an id or a code.
/// </summary>
internal sealed class ResultGroups(IStringLocalizer<CollectionPagesText> text, IReadOnlyDictionary<string, MunicipalityInfo> municipalities)
{
    public static Breakdown Parse(string? by) => by switch
    {
        "area" => Breakdown.LocalArea,
        "audience" => Breakdown.Audience,
        "age" => Breakdown.AgeBand,
        "municipality" => Breakdown.Municipality,
        _ => Breakdown.None,
    };

    public static string Name(Breakdown breakdown) => breakdown switch
    {
        Breakdown.LocalArea => "area",
        Breakdown.Audience => "audience",
        Breakdown.AgeBand => "age",
        Breakdown.Municipality => "municipality",
        _ => "",
    };

    /// <summary>The choices of the breakdown field: by municipality only across a partnership's members.</summary>
    public IReadOnlyList<(string Value, string Text)> Choices(bool acrossMembers) =>
    [
        ("", text["ByNone"]),
        .. acrossMembers ? new[] { ("municipality", (string)text["ByMunicipality"]) } : [],
        ("area", text["ByArea"]),
        ("audience", text["ByAudience"]),
        ("age", text["ByAge"]),
    ];

    public string Label(Breakdown breakdown, string group) => breakdown switch
    {
        Breakdown.LocalArea when group.Length == 0 => text["NoLocalArea"],
        Breakdown.LocalArea => municipalities.Values.SelectMany(m => m.LocalAreas).FirstOrDefault(a => a.Id == group)?.Name ?? text["UnknownArea"],
        Breakdown.AgeBand when group.Length == 0 => text["NoAgeBand"],
        Breakdown.AgeBand => text["AgeBandYears", group.Replace("-", "–", StringComparison.Ordinal)],
        Breakdown.Audience => Known("Audience." + group),
        Breakdown.Municipality => municipalities.TryGetValue(group, out var municipality) ? municipality.Name : text["UnknownMunicipality"],
        _ => text["AllAnswers"],
    };

    private string Known(string key)
    {
        var found = text[key];
        return found.ResourceNotFound ? text["OtherAudience"] : found.Value;
    }
}
