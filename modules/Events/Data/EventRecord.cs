using Platform.Sdk.Tenancy;

namespace Platform.Events.Data;

/// <summary>An event held by one municipality; with a partnership id it is partnership-wide.</summary>
internal sealed class EventRecord : ITenantOwned
{
    public Guid Id { get; set; }

    public required string MunicipalityCode { get; set; }

    public string? PartnershipId { get; set; }

    public int Type { get; set; }

    public required string Title { get; set; }

    public string Description { get; set; } = "";

    /// <summary>The agenda items as JSON: a small ordered list that is only ever read with its event.</summary>
    public string AgendaJson { get; set; } = "[]";

    public string? LocalAreaId { get; set; }

    public string Venue { get; set; } = "";

    public DateTimeOffset Start { get; set; }

    public DateTimeOffset End { get; set; }

    /// <summary>Seats; 0 means no limit.</summary>
    public int Capacity { get; set; }

    public List<int> TargetGroups { get; set; } = [];

    public List<string> OrganiserActorIds { get; set; } = [];

    public List<string> PartnerActorIds { get; set; } = [];

    public List<string> InitiativeIds { get; set; } = [];

    /// <summary>Seats held by registrations; changed only under the event's row lock (see RegistrationDesk).</summary>
    public int SeatsTaken { get; set; }

    /// <summary>Seats asked for by the waitlist.</summary>
    public int WaitlistedSeats { get; set; }

    /// <summary>Bumped by every registration change: takes the row lock and orders the waitlist.</summary>
    public long NextSequence { get; set; }

    /// <summary>Optimistic concurrency for edits of the event's fields.</summary>
    public long Version { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
