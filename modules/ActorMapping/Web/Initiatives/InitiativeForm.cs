using System.Globalization;
using Microsoft.AspNetCore.Http;
using Platform.ActorMapping.Common;
using Platform.Contracts.ActorMapping.V1;

namespace Platform.ActorMapping.Web.Initiatives;

/// <summary>
/// The initiative form as the person typed it: text as it was written, so a failed save shows it again unchanged.
/// Turning it into the request's fields leaves every rule to the application class: a date or a number that cannot
/// be read is passed on as one it refuses, with the field named.
/// </summary>
internal sealed class InitiativeForm
{
    public const string Prefix = "Initiative.";

    public long Version { get; init; }

    public string Name { get; init; } = "";

    public string Description { get; init; } = "";

    public string Kind { get; init; } = nameof(InitiativeKind.Existing);

    public string Engagement { get; init; } = nameof(PartnershipEngagement.None);

    public string Status { get; init; } = nameof(InitiativeStatus.Ongoing);

    public string OwnerActorId { get; init; } = "";

    public IReadOnlyList<string> PartnerActorIds { get; init; } = [];

    public IReadOnlyList<string> VenueActorIds { get; init; } = [];

    public IReadOnlyList<string> Arenas { get; init; } = [];

    /// <summary>Arenas besides the usual ones, separated by commas.</summary>
    public string OtherArenas { get; init; } = "";

    public IReadOnlyList<string> TargetGroups { get; init; } = [];

    public IReadOnlyList<string> Themes { get; init; } = [];

    public string OtherThemes { get; init; } = "";

    public string LocalAreaId { get; init; } = "";

    public string Reach { get; init; } = "";

    /// <summary>yyyy-mm-dd, as a date input sends it.</summary>
    public string StartDate { get; init; } = "";

    public string EndDate { get; init; } = "";

    /// <summary>The usual target groups: the age groups, then the adults around the children.</summary>
    public static IReadOnlyList<string> UsualTargetGroups { get; } = [.. Tags.AgeGroups, "parents", "professionals"];

    public static InitiativeForm Read(IFormCollection form)
    {
        string One(string name) => form[Prefix + name].ToString();
        IReadOnlyList<string> Many(string name) => [.. form[Prefix + name].OfType<string>().Where(value => value.Length > 0)];
        return new InitiativeForm
        {
            Version = long.TryParse(One(nameof(Version)), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : 0,
            Name = One(nameof(Name)),
            Description = One(nameof(Description)),
            Kind = One(nameof(Kind)),
            Engagement = One(nameof(Engagement)),
            Status = One(nameof(Status)),
            OwnerActorId = One(nameof(OwnerActorId)),
            PartnerActorIds = Many(nameof(PartnerActorIds)),
            VenueActorIds = Many(nameof(VenueActorIds)),
            Arenas = Many(nameof(Arenas)),
            OtherArenas = One(nameof(OtherArenas)),
            TargetGroups = Many(nameof(TargetGroups)),
            Themes = Many(nameof(Themes)),
            OtherThemes = One(nameof(OtherThemes)),
            LocalAreaId = One(nameof(LocalAreaId)),
            Reach = One(nameof(Reach)),
            StartDate = One(nameof(StartDate)),
            EndDate = One(nameof(EndDate)),
        };
    }

    public static InitiativeForm Of(Initiative initiative)
    {
        var fields = initiative.Fields;
        return new InitiativeForm
        {
            Version = initiative.Version,
            Name = fields.Name,
            Description = fields.Description,
            Kind = fields.Kind.ToString(),
            Engagement = fields.Engagement.ToString(),
            Status = fields.Status.ToString(),
            OwnerActorId = fields.OwnerActorId,
            PartnerActorIds = fields.PartnerActorIds,
            VenueActorIds = fields.VenueActorIds,
            Arenas = [.. fields.Arenas.Where(Tags.Arenas.Contains)],
            OtherArenas = string.Join(", ", fields.Arenas.Where(arena => !Tags.Arenas.Contains(arena))),
            TargetGroups = fields.TargetGroups,
            Themes = [.. fields.Themes.Where(Tags.Themes.Contains)],
            OtherThemes = string.Join(", ", fields.Themes.Where(theme => !Tags.Themes.Contains(theme))),
            LocalAreaId = fields.LocalAreaId,
            Reach = fields.Reach == 0 ? "" : fields.Reach.ToString(CultureInfo.InvariantCulture),
            StartDate = fields.StartDate is { Year: > 0 } start ? $"{start.Year:0000}-{start.Month:00}-{start.Day:00}" : "",
            EndDate = fields.EndDate is { Year: > 0 } end ? $"{end.Year:0000}-{end.Month:00}-{end.Day:00}" : "",
        };
    }

    public InitiativeFields ToFields() => new()
    {
        Name = Name,
        Description = Description,
        Kind = Enum.TryParse<InitiativeKind>(Kind, out var kind) ? kind : InitiativeKind.Unspecified,
        // Not a choice the form offers: the application class names the field.
        Engagement = Enum.TryParse<PartnershipEngagement>(Engagement, out var engagement) ? engagement : (PartnershipEngagement)(-1),
        Status = Enum.TryParse<InitiativeStatus>(Status, out var status) ? status : InitiativeStatus.Unspecified,
        OwnerActorId = OwnerActorId,
        PartnerActorIds = { PartnerActorIds },
        VenueActorIds = { VenueActorIds },
        Arenas = { Arenas.Concat(Split(OtherArenas)) },
        TargetGroups = { TargetGroups },
        Themes = { Themes.Concat(Split(OtherThemes)) },
        LocalAreaId = LocalAreaId,
        Reach = ReadReach(),
        StartDate = ReadDate(StartDate),
        EndDate = ReadDate(EndDate),
    };

    private static IEnumerable<string> Split(string list) =>
        list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Empty is "not known" (0); a number as Danes write it ("1.200"); anything else a number the application refuses.</summary>
    private int ReadReach() =>
        Reach.Trim().Length == 0 ? 0
        : int.TryParse(Reach.Trim(), NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("da-DK"), out var reach) ? reach : -1;

    /// <summary>Empty is no date; a date that cannot be read is passed on as year -1, which is no calendar date.</summary>
    private static Google.Type.Date? ReadDate(string text) =>
        text.Trim().Length == 0 ? null
        : DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new Google.Type.Date { Year = date.Year, Month = date.Month, Day = date.Day }
            : new Google.Type.Date { Year = -1 };
}
