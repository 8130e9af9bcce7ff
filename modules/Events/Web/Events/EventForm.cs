using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Microsoft.AspNetCore.Http;
using Platform.Contracts.Events.V1;
using Platform.Events.Data;

namespace Platform.Events.Web.Events;

/// <summary>
/// What the event form holds, as the person typed it: read from the posted form (every value kept as text, so a failed
/// save shows it again as it was) and turned into the contract's fields for EventCatalogue. Date and times are
/// Copenhagen wall-clock time.
/// </summary>
internal sealed class EventForm
{
    /// <summary>At most this many agenda rows: a form that claims more is cut there.</summary>
    public const int MaxAgenda = 50;

    public string Kind { get; init; } = "";

    public string Title { get; init; } = "";

    public string Description { get; init; } = "";

    public string Venue { get; init; } = "";

    public string LocalArea { get; init; } = "";

    /// <summary>"2026-12-10", as a date input posts it.</summary>
    public string Date { get; init; } = "";

    /// <summary>Empty when the event ends on the day it starts.</summary>
    public string EndDate { get; init; } = "";

    /// <summary>"16:00", as a time input posts it.</summary>
    public string Start { get; init; } = "";

    public string End { get; init; } = "";

    public string Capacity { get; init; } = "";

    public string Partnership { get; init; } = "";

    public IReadOnlyList<string> Groups { get; init; } = [];

    public IReadOnlyList<string> Organisers { get; init; } = [];

    public IReadOnlyList<string> Partners { get; init; } = [];

    public List<AgendaItem> Agenda { get; init; } = [];

    /// <summary>The version of the event the person edits (0 for a new event); after a stale edit, the version saved since.</summary>
    public long Version { get; set; }

    public static EventForm Of(Event saved)
    {
        var (start, end) = (EventLabels.Local(saved.Fields.Start), EventLabels.Local(saved.Fields.End));
        return new EventForm
        {
            Kind = saved.Fields.Type.ToString(),
            Title = saved.Fields.Title,
            Description = saved.Fields.Description,
            Venue = saved.Fields.Venue,
            LocalArea = saved.Fields.LocalAreaId,
            Date = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            EndDate = end.Date == start.Date ? "" : end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Start = start.ToString("HH:mm", CultureInfo.InvariantCulture),
            End = end.ToString("HH:mm", CultureInfo.InvariantCulture),
            Capacity = saved.Fields.Capacity == 0 ? "" : saved.Fields.Capacity.ToString(CultureInfo.InvariantCulture),
            Partnership = saved.PartnershipId,
            Groups = [.. saved.Fields.TargetGroups.Select(group => group.ToString())],
            Organisers = saved.Fields.OrganiserActorIds,
            Partners = saved.Fields.PartnerActorIds,
            Agenda = [.. saved.Fields.Agenda.Select(item => item.Clone())],
            Version = saved.Version,
        };
    }

    public static EventForm Read(IFormCollection form)
    {
        var rows = int.TryParse(form["agenda"], NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? Math.Clamp(count, 0, MaxAgenda) : 0;
        return new EventForm
        {
            Kind = form["kind"].ToString(),
            Title = form["title"].ToString(),
            Description = form["description"].ToString(),
            Venue = form["venue"].ToString(),
            LocalArea = form["area"].ToString(),
            Date = form["date"].ToString(),
            EndDate = form["end-date"].ToString(),
            Start = form["start"].ToString(),
            End = form["end"].ToString(),
            Capacity = form["capacity"].ToString(),
            Partnership = form["partnership"].ToString(),
            Groups = Values(form, "group"),
            Organisers = Values(form, "organiser"),
            Partners = Values(form, "partner"),
            Agenda = [.. Enumerable.Range(0, rows).Select(i => new AgendaItem
            {
                Time = form[$"agenda-{i}-time"].ToString(),
                Title = form[$"agenda-{i}-title"].ToString(),
                Description = form[$"agenda-{i}-description"].ToString(),
            })],
            Version = long.TryParse(form["version"], NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : 0,
        };
    }

    /// <summary>
    /// The fields as EventCatalogue checks them. A kind, group or capacity that is not one of the choices becomes the
    /// contract's "unspecified" or an out-of-range number, and a date or time that cannot be read (or does not exist on
    /// the clock, as when summer time begins) no time at all, which EventCatalogue refuses, naming the field.
    /// </summary>
    public EventFields ToFields()
    {
        var fields = new EventFields
        {
            Type = System.Enum.TryParse<EventType>(Kind, out var kind) && System.Enum.IsDefined(kind) ? kind : EventType.Unspecified,
            Title = Title.Trim(),
            Description = Description.Trim(),
            Venue = Venue.Trim(),
            LocalAreaId = LocalArea,
            Capacity = Capacity.Trim().Length == 0 ? 0 : int.TryParse(Capacity.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seats) ? seats : -1,
            Start = Instant(Date, Start),
            End = Instant(EndDate.Length == 0 ? Date : EndDate, End),
            TargetGroups = { Groups.Select(group => System.Enum.TryParse<TargetGroup>(group, out var known) && System.Enum.IsDefined(known) ? known : TargetGroup.Unspecified) },
            OrganiserActorIds = { Organisers },
            PartnerActorIds = { Partners },
            Agenda = { Agenda.Select(item => new AgendaItem { Time = item.Time.Trim(), Title = item.Title.Trim(), Description = item.Description.Trim() }) },
        };
        return fields;
    }

    private static Timestamp? Instant(string date, string time)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || !TimeOnly.TryParseExact(time, ["HH:mm", "HH:mm:ss", "H.mm", "HH.mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
        {
            return null;
        }

        var local = day.ToDateTime(clock, DateTimeKind.Unspecified);
        return CopenhagenTime.Zone.IsInvalidTime(local)
            ? null
            : Timestamp.FromDateTime(TimeZoneInfo.ConvertTimeToUtc(local, CopenhagenTime.Zone));
    }

    private static IReadOnlyList<string> Values(IFormCollection form, string key) =>
        [.. form[key].Where(value => !string.IsNullOrEmpty(value)).Select(value => value!)];
}
