using Microsoft.AspNetCore.Http;
using Platform.Contracts.Events.V1;

namespace Platform.Events.Web.Outcomes;

/// <summary>What a person typed in the outcome form, kept as typed so a failed save shows it again.</summary>
internal sealed class OutcomeForm
{
    public string Kind { get; init; } = "";

    public string Text { get; init; } = "";

    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>Other themes, separated by commas.</summary>
    public string OtherThemes { get; init; } = "";

    public string Group { get; init; } = "";

    public string Actor { get; init; } = "";

    public static OutcomeForm Read(IFormCollection form) => new()
    {
        Kind = form["kind"].ToString(),
        Text = form["text"].ToString(),
        Themes = [.. form["theme"].OfType<string>()],
        OtherThemes = form["other-themes"].ToString(),
        Group = form["group"].ToString(),
        Actor = form["actor"].ToString(),
    };

    public AddOutcomeRequest ToRequest(string code, string eventId) => new()
    {
        MunicipalityCode = code,
        EventId = eventId,
        Kind = Enum.TryParse<OutcomeKind>(Kind, out var kind) && Enum.IsDefined(kind) ? kind : OutcomeKind.Unspecified,
        Text = Text,
        Themes = { Themes.Concat(OtherThemes.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)) },
        Group = Enum.TryParse<TargetGroup>(Group, out var group) && Enum.IsDefined(group) ? group : TargetGroup.Unspecified,
        ActorId = Actor,
    };
}
