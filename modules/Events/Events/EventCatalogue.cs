using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Events.V1;
using Platform.Events.Data;
using Platform.Events.Notifications;
using Platform.Events.Registrations;
using Platform.Sdk.Callers;
using Platform.Sdk.Directory;
using Platform.Sdk.Errors;
using Platform.Sdk.Tenancy;

namespace Platform.Events.Events;

/// <summary>Creating, changing and listing events, municipal and partnership-wide.</summary>
internal sealed class EventCatalogue(
    ITenantDbContextFactory<EventsDb> databases,
    IMunicipalityDirectory directory,
    ActorLinks actors,
    Notices notices,
    EventSeats seats,
    IPlatformElevation elevation,
    ICallerContext caller,
    TimeProvider clock)
{
    public async Task<Event> CreateAsync(CreateEventRequest request, CancellationToken cancellationToken)
    {
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Contribute, cancellationToken);
        var municipality = await directory.FindMunicipalityAsync(request.MunicipalityCode, cancellationToken);
        EventValidation.Validate(request.Fields, municipality);
        new Validation()
            .Check(request.PartnershipId.Length == 0 || municipality?.PartnershipIds.Contains(request.PartnershipId) == true,
                "partnership_id", "must be a partnership the municipality is a current member of")
            .ThrowIfInvalid();
        await actors.CheckAsync(request.MunicipalityCode, request.Fields, cancellationToken);
        var record = new EventRecord
        {
            Id = Guid.NewGuid(),
            MunicipalityCode = request.MunicipalityCode,
            PartnershipId = request.PartnershipId.Length == 0 ? null : request.PartnershipId,
            Title = "",
            Version = 1,
            CreatedAt = clock.GetUtcNow(),
        };
        record.Apply(request.Fields);
        db.Events.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        await notices.ScheduleAsync(record, cancellationToken);
        return record.ToContract();
    }

    public async Task<Event> GetAsync(GetEventRequest request, CancellationToken cancellationToken)
    {
        var id = StoredEvents.ParseId(request.Id);
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Aggregate, cancellationToken);
        return (await seats.ShowAsync(db, [await StoredEvents.LoadAsync(db, id, cancellationToken)], cancellationToken)).Single();
    }

    public async Task<Event> UpdateAsync(UpdateEventRequest request, CancellationToken cancellationToken)
    {
        var id = StoredEvents.ParseId(request.Id);
        new Validation().Check(request.ExpectedVersion > 0, "expected_version", "is required: the version of the event you read").ThrowIfInvalid();
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Contribute, cancellationToken);
        EventValidation.Validate(request.Fields, await directory.FindMunicipalityAsync(request.MunicipalityCode, cancellationToken));
        await actors.CheckAsync(request.MunicipalityCode, request.Fields, cancellationToken);
        await notices.ArmSweepAsync(request.MunicipalityCode, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await RegistrationDeskLock.TakeAsync(db, id, cancellationToken);
        var record = await StoredEvents.LoadAsync(db, id, cancellationToken);
        if (record.Version != request.ExpectedVersion)
        {
            throw new ConcurrencyConflictException($"Event {id} is at version {record.Version}, not {request.ExpectedVersion}: read it again and retry.");
        }

        // Seats a coordinator gave above capacity do not stop an edit that keeps (or raises) the capacity.
        var lowered = request.Fields.Capacity != 0 && (record.Capacity == 0 || request.Fields.Capacity < record.Capacity);
        if (lowered && request.Fields.Capacity < record.SeatsTaken)
        {
            throw new PreconditionFailedException(
                $"fields.capacity: {record.SeatsTaken} seats are taken; cancel registrations before lowering the capacity to {request.Fields.Capacity}.");
        }

        record.Apply(request.Fields);
        record.Version++;
        var promoted = await Waitlist.PromoteAsync(db, record, clock.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await notices.ScheduleAsync(record, cancellationToken);
        await notices.DispatchAsync(record.MunicipalityCode, promoted, cancellationToken);
        return record.ToContract();
    }

    public async Task<ListEventsResponse> ListAsync(ListEventsRequest request, CancellationToken cancellationToken)
    {
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Aggregate, cancellationToken);
        var own = await OfEventType(Window(db.Events.AsNoTracking(), request.StartsFrom, request.StartsBefore), request.Type)
            .ToListAsync(cancellationToken);
        var events = (await seats.ShowAsync(db, own, cancellationToken)).ToList();
        var municipality = await directory.FindMunicipalityAsync(request.MunicipalityCode, cancellationToken);
        foreach (var partnershipId in municipality?.PartnershipIds ?? [])
        {
            events.AddRange(await PartnershipWideAsync(partnershipId, request, cancellationToken));
        }

        return new ListEventsResponse { Events = { events.OrderBy(e => e.Fields.Start.ToDateTimeOffset()).ThenBy(e => Guid.Parse(e.Id)) } };
    }

    public async Task<ListEventsResponse> ListPartnershipAsync(ListPartnershipEventsRequest request, CancellationToken cancellationToken)
    {
        await using var db = await databases.OpenForPartnershipAsync(request.PartnershipId, AccessLevel.Aggregate, cancellationToken);
        var events = await Window(db.Events.AsNoTracking(), request.StartsFrom, request.StartsBefore)
            .Where(e => e.PartnershipId == null || e.PartnershipId == request.PartnershipId)
            .ToListAsync(cancellationToken);
        return new ListEventsResponse { Events = { await seats.ShowAsync(db, [.. events.OrderBy(e => e.Start).ThenBy(e => e.Id)], cancellationToken) } };
    }

    /// <summary>
    /// A partnership's own events that the other members hold. Every member sees them, so they are read as the platform
    /// (a scope of its own), not with the caller's access to the holding municipality: non-personal fields only, and
    /// seats as the caller may see them.
    /// </summary>
    private async Task<IReadOnlyList<Event>> PartnershipWideAsync(string partnershipId, ListEventsRequest request, CancellationToken cancellationToken)
    {
        return await elevation.AsPlatformAsync("show a partnership's events that other members hold", async services =>
        {
            await using var db = await services.GetRequiredService<ITenantDbContextFactory<EventsDb>>()
                .OpenForPartnershipAsync(partnershipId, AccessLevel.Aggregate, cancellationToken);
            var events = await OfEventType(Window(db.Events.AsNoTracking(), request.StartsFrom, request.StartsBefore), request.Type)
                .Where(e => e.PartnershipId == partnershipId && e.MunicipalityCode != request.MunicipalityCode)
                .ToListAsync(cancellationToken);
            return await seats.ShowAsync(db, events, cancellationToken);
        });
    }

    /// <summary>Whether the caller may create and change the municipality's events, so a page shows its edit controls.</summary>
    public async Task<bool> MayChangeAsync(string municipalityCode, CancellationToken cancellationToken) =>
        await caller.GetAccessAsync(municipalityCode, cancellationToken) >= AccessLevel.Contribute;

    /// <summary>Refuses a caller who may not change the municipality's events, before a page shows a form that would.</summary>
    public Task RequireChangeAsync(string municipalityCode, CancellationToken cancellationToken) =>
        caller.RequireAsync(municipalityCode, AccessLevel.Contribute, cancellationToken);

    private static IQueryable<EventRecord> OfEventType(IQueryable<EventRecord> events, EventType type) =>
        type == EventType.Unspecified ? events : events.Where(e => e.Type == (int)type);

    private static IQueryable<EventRecord> Window(
        IQueryable<EventRecord> events, Google.Protobuf.WellKnownTypes.Timestamp? from, Google.Protobuf.WellKnownTypes.Timestamp? before)
    {
        if (from is not null)
        {
            var start = from.ToDateTimeOffset();
            events = events.Where(e => e.Start >= start);
        }

        if (before is not null)
        {
            var end = before.ToDateTimeOffset();
            events = events.Where(e => e.Start < end);
        }

        return events;
    }
}
