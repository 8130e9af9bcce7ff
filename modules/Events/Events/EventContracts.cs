using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Events.V1;
using Platform.Events.Data;

namespace Platform.Events.Events;

/// <summary>Event records to their wire form and back.</summary>
internal static class EventContracts
{
    public static Event ToContract(this EventRecord record) => new()
    {
        Id = record.Id.ToString(),
        MunicipalityCode = record.MunicipalityCode,
        PartnershipId = record.PartnershipId ?? "",
        Fields = new EventFields
        {
            Type = (EventType)record.Type,
            Title = record.Title,
            Description = record.Description,
            Agenda = { record.Agenda() },
            LocalAreaId = record.LocalAreaId ?? "",
            Venue = record.Venue,
            Start = Timestamp.FromDateTimeOffset(record.Start),
            End = Timestamp.FromDateTimeOffset(record.End),
            Capacity = record.Capacity,
            TargetGroups = { record.TargetGroups.Select(g => (TargetGroup)g) },
            OrganiserActorIds = { record.OrganiserActorIds },
            PartnerActorIds = { record.PartnerActorIds },
            InitiativeIds = { record.InitiativeIds },
        },
        StartLocal = CopenhagenTime.Format(record.Start),
        EndLocal = CopenhagenTime.Format(record.End),
        SeatsTaken = record.SeatsTaken,
        Waitlisted = record.WaitlistedSeats,
        Seats = new ShownCount { Count = record.SeatsTaken },
        Waitlist = new ShownCount { Count = record.WaitlistedSeats },
        Version = record.Version,
        CreatedAt = Timestamp.FromDateTimeOffset(record.CreatedAt),
    };

    /// <summary>The event's agenda items, in their order.</summary>
    public static IEnumerable<AgendaItem> Agenda(this EventRecord record) =>
        JsonSerializer.Deserialize<List<AgendaEntry>>(record.AgendaJson)!.Select(a => new AgendaItem { Time = a.Time, Title = a.Title, Description = a.Description });

    public static void Apply(this EventRecord record, EventFields fields)
    {
        record.Type = (int)fields.Type;
        record.Title = fields.Title.Trim();
        record.Description = fields.Description;
        record.AgendaJson = JsonSerializer.Serialize(fields.Agenda.Select(a => new AgendaEntry(a.Time, a.Title, a.Description)).ToList());
        record.LocalAreaId = fields.LocalAreaId.Length == 0 ? null : fields.LocalAreaId;
        record.Venue = fields.Venue;
        record.Start = fields.Start.ToDateTimeOffset();
        record.End = fields.End.ToDateTimeOffset();
        record.Capacity = fields.Capacity;
        record.TargetGroups = [.. fields.TargetGroups.Distinct().Select(g => (int)g)];
        record.OrganiserActorIds = [.. fields.OrganiserActorIds.Select(Normalise).Distinct()];
        record.PartnerActorIds = [.. fields.PartnerActorIds.Select(Normalise).Distinct()];
        record.InitiativeIds = [.. fields.InitiativeIds.Select(Normalise).Distinct()];
    }

    private static string Normalise(string id) => Guid.Parse(id).ToString();

    private sealed record AgendaEntry(string Time, string Title, string Description);
}
