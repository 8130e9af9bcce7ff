using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Events.V1;
using Platform.Events.Data;
using Platform.Events.Notifications;
using Platform.Sdk.Audit;
using Platform.Sdk.Callers;
using Platform.Sdk.Data;
using Platform.Sdk.Disclosure;
using Platform.Sdk.Errors;
using Platform.Sdk.Tenancy;

namespace Platform.Events.Registrations;

/// <summary>
/// Registration, cancellation and check-in. Every change to an event's seats runs in one transaction under the event's
/// row lock (<see cref="RegistrationDeskLock"/>); a unique index on (event, e-mail) refuses a second registration of one
/// e-mail even if two arrive at once. The registrations themselves are for the municipality's roles with read access.
/// </summary>
internal sealed class RegistrationDesk(
    ITenantDbContextFactory<EventsDb> databases,
    ICallerContext caller,
    Notices notices,
    PartnershipMemberRegistration members,
    IAuditTrail audit,
    TimeProvider clock)
{
    /// <summary>
    /// Registers for an event of the municipality, or (with registering_municipality_code) for a partnership-wide event
    /// that another member holds; the waitlist position is shown as the caller may see the holder's counts.
    /// </summary>
    public async Task<Registration> RegisterAsync(RegisterRequest request, CancellationToken cancellationToken)
    {
        var (registration, position) = await AddAsync(request, cancellationToken);
        var shown = position is { } cell ? ShownCounts.Show(cell, await ShownCounts.ExactForAsync(caller, request.MunicipalityCode, cancellationToken)) : new ShownCount();
        return registration.ToContract(shown);
    }

    /// <summary>
    /// Stores a registration (see <see cref="RegisterAsync"/>). Returns it and, while it waits, the cell of its waitlist
    /// position: the waitlisted registrations up to and including it.
    /// </summary>
    public async Task<(RegistrationRecord Registration, PeopleCount? Position)> AddAsync(RegisterRequest request, CancellationToken cancellationToken)
    {
        var eventId = Validate(request);
        await using var db = request.RegisteringMunicipalityCode.Length == 0 || request.RegisteringMunicipalityCode == request.MunicipalityCode
            ? await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Contribute, cancellationToken)
            : await members.OpenAsync(request, eventId, cancellationToken);
        var emailKey = EmailKey(request);
        if (emailKey is not null && await db.Registrations.AnyAsync(r => r.EventId == eventId && r.EmailKey == emailKey, cancellationToken))
        {
            throw new AlreadyExistsException("That e-mail address is already registered for this event.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var record = await LockOpenEventAsync(db, eventId, cancellationToken);
        var registration = Add(db, record, request);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            throw new AlreadyExistsException("That e-mail address is already registered for this event.");
        }

        return (registration, await PositionAsync(db, registration, cancellationToken));
    }

    /// <summary>
    /// Signs a named participant up for an event of the municipality from its public page: a new registration, or,
    /// for an e-mail address already registered, the one it has. Either way the registration gets a new cancel token
    /// and the outbox the <paramref name="confirmation"/> made from the event, the registration, that token and the
    /// waitlist position's cell (null with a seat), all in one transaction under the event's lock. Returns the registration.
    /// </summary>
    public async Task<RegistrationRecord> SignUpAsync(
        RegisterRequest request,
        Func<EventRecord, RegistrationRecord, string, PeopleCount?, OutboxMessageRecord> confirmation,
        CancellationToken cancellationToken)
    {
        var eventId = Validate(request);
        var emailKey = EmailKey(request) ?? throw new InvalidInputException("participant", "is required");
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Contribute, cancellationToken);
        await notices.ArmSweepAsync(request.MunicipalityCode, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var record = await LockOpenEventAsync(db, eventId, cancellationToken);
        var registration = await db.Registrations.SingleOrDefaultAsync(r => r.EventId == eventId && r.EmailKey == emailKey, cancellationToken)
            ?? Add(db, record, request);
        var token = CancelTokens.Issue(registration);
        await db.SaveChangesAsync(cancellationToken);
        var message = confirmation(record, registration, token, await PositionAsync(db, registration, cancellationToken));
        db.Outbox.Add(message);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await notices.DispatchAsync(record.MunicipalityCode, [message], cancellationToken);
        return registration;
    }

    /// <summary>Checks a registration's fields; returns the event's id.</summary>
    private static Guid Validate(RegisterRequest request)
    {
        var eventId = StoredEvents.ParseId(request.EventId, "event_id");
        var validation = new Validation()
            .Check(request.Group != TargetGroup.Unspecified && Enum.IsDefined(request.Group), "group", "must be a target group");
        if (request.Participant is not null)
        {
            validation
                .Required(request.Participant.Name, "participant.name")
                .Check(MailAddress.TryCreate(request.Participant.Email, out var address) && address.Address == request.Participant.Email.Trim(),
                    "participant.email", "must be an e-mail address")
                .MaxLength(request.Participant.Organisation, "participant.organisation", 200)
                .Check(request.HeadCount is 0 or 1, "head_count", "must be 0 or 1 for a named participant");
        }
        else
        {
            validation.Check(request.HeadCount is >= 1 and <= 500, "head_count", "must be 1-500 for an anonymous head count (or give a participant)");
        }

        validation.ThrowIfInvalid();
        return eventId;
    }

    private static string? EmailKey(RegisterRequest request) => request.Participant?.Email.Trim().ToLowerInvariant();

    /// <summary>Takes the event's lock inside the caller's transaction and loads it; refuses once the event has begun.</summary>
    private async Task<EventRecord> LockOpenEventAsync(EventsDb db, Guid eventId, CancellationToken cancellationToken)
    {
        await RegistrationDeskLock.TakeAsync(db, eventId, cancellationToken);
        var record = await StoredEvents.LoadAsync(db, eventId, cancellationToken);
        if (clock.GetUtcNow() >= record.Start)
        {
            throw new PreconditionFailedException($"Registration for this event closed at its start ({CopenhagenTime.Format(record.Start)}).");
        }

        return record;
    }

    /// <summary>Adds a new registration for the request to the locked event, with a seat if one is free and no one waits; the caller saves.</summary>
    private RegistrationRecord Add(EventsDb db, EventRecord record, RegisterRequest request)
    {
        var named = request.Participant is not null;
        var seats = named ? 1 : request.HeadCount;
        var seated = record.WaitlistedSeats == 0 && (record.Capacity == 0 || record.SeatsTaken + seats <= record.Capacity);
        var registration = new RegistrationRecord
        {
            Id = Guid.NewGuid(),
            MunicipalityCode = record.MunicipalityCode,
            EventId = record.Id,
            Group = (int)request.Group,
            Name = named ? request.Participant!.Name.Trim() : null,
            Email = named ? request.Participant!.Email.Trim() : null,
            EmailKey = EmailKey(request),
            Organisation = named && request.Participant!.Organisation.Length > 0 ? request.Participant.Organisation : null,
            HeadCount = seats,
            Status = seated ? RegistrationStatusValue.Registered : RegistrationStatusValue.Waitlisted,
            Sequence = record.NextSequence,
            RegisteredAt = clock.GetUtcNow(),
            RecordKey = RecordKeys.New(),
        };
        if (seated)
        {
            record.SeatsTaken += seats;
        }
        else
        {
            record.WaitlistedSeats += seats;
        }

        db.Registrations.Add(registration);
        return registration;
    }

    public Task<CancelRegistrationResponse> CancelAsync(CancelRegistrationRequest request, CancellationToken cancellationToken) =>
        ChangeAsync(request.MunicipalityCode, request.EventId, request.RegistrationId, async (db, record, registration, now) =>
        {
            if (registration.Status == RegistrationStatusValue.Cancelled)
            {
                throw new PreconditionFailedException("The registration is already cancelled.");
            }

            if (registration.Status == RegistrationStatusValue.Registered)
            {
                record.SeatsTaken -= registration.HeadCount;
            }
            else
            {
                record.WaitlistedSeats -= registration.HeadCount;
            }

            registration.Status = RegistrationStatusValue.Cancelled;
            registration.EmailKey = null;
            registration.CancelledAt = now;
            var promotionNotices = await Waitlist.PromoteAsync(db, record, now, cancellationToken);
            return (new CancelRegistrationResponse
            {
                Cancelled = registration.ToContract(0),
                Promoted = { PromotedIn(db, registration).Select(r => r.ToContract(0)) },
            }, promotionNotices);
        }, cancellationToken);

    /// <summary>
    /// Gives a waitlisted registration a seat now, out of turn and even above capacity; the rest of the waitlist keeps
    /// its order, and the person gets the notice of an automatic promotion.
    /// </summary>
    public Task<Registration> PromoteAsync(PromoteRegistrationRequest request, CancellationToken cancellationToken) =>
        ChangeAsync(request.MunicipalityCode, request.EventId, request.RegistrationId, (db, record, registration, now) =>
        {
            if (registration.Status != RegistrationStatusValue.Waitlisted)
            {
                throw new PreconditionFailedException(registration.Status == RegistrationStatusValue.Cancelled
                    ? "The registration is cancelled; only a waitlisted registration can be promoted."
                    : "The registration already has a seat; only a waitlisted registration can be promoted.");
            }

            var notice = Waitlist.Seat(db, record, registration, now);
            return Task.FromResult<(Registration, IReadOnlyList<OutboxMessageRecord>)>((registration.ToContract(0), notice is null ? [] : [notice]));
        }, cancellationToken);

    /// <summary>The event's participants as they leave the platform (to a gRPC client), recorded in the audit trail.</summary>
    public async Task<ListRegistrationsResponse> ExportAsync(ListRegistrationsRequest request, CancellationToken cancellationToken)
    {
        var list = await ListAsync(request, cancellationToken);
        await audit.RecordAsync(AuditActions.ParticipantsExported, request.MunicipalityCode, null, request.EventId,
            $"{list.Registrations.Count} registrations", cancellationToken);
        return list;
    }

    public async Task<ListRegistrationsResponse> ListAsync(ListRegistrationsRequest request, CancellationToken cancellationToken)
    {
        var eventId = StoredEvents.ParseId(request.EventId, "event_id");
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Read, cancellationToken);
        await StoredEvents.LoadAsync(db, eventId, cancellationToken);
        var all = await db.Registrations.AsNoTracking().Where(r => r.EventId == eventId).ToListAsync(cancellationToken);
        var waitlist = all.Where(r => r.Status == RegistrationStatusValue.Waitlisted).OrderBy(r => r.Sequence).ToList();
        return new ListRegistrationsResponse
        {
            Registrations =
            {
                all.Where(r => r.Status == RegistrationStatusValue.Registered).OrderBy(r => r.Sequence).Select(r => r.ToContract(0)),
                waitlist.Select((r, i) => r.ToContract(i + 1)),
                all.Where(r => r.Status == RegistrationStatusValue.Cancelled).OrderBy(r => r.Sequence).Select(r => r.ToContract(0)),
            },
        };
    }

    public async Task<Registration> CheckInAsync(CheckInRequest request, CancellationToken cancellationToken)
    {
        var eventId = StoredEvents.ParseId(request.EventId, "event_id");
        var registrationId = StoredEvents.ParseId(request.RegistrationId, "registration_id");
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Contribute, cancellationToken);
        var registration = await LoadAsync(db, eventId, registrationId, cancellationToken);
        new Validation().Check(request.Attended >= 0 && request.Attended <= registration.HeadCount, "attended",
            $"must be 0 to {registration.HeadCount} for this registration").ThrowIfInvalid();
        if (registration.Status != RegistrationStatusValue.Registered)
        {
            throw new PreconditionFailedException("Only a registration with a seat can be checked in.");
        }

        registration.Attended = request.Attended;
        await db.SaveChangesAsync(cancellationToken);
        return registration.ToContract(0);
    }

    /// <summary>
    /// Changes one registration of an event under the event's desk lock, in one transaction with the notices the change
    /// adds to the outbox, which are sent once it is committed (the outbox sweep sends them should this host stop first).
    /// </summary>
    private async Task<T> ChangeAsync<T>(
        string municipalityCode, string eventIdText, string registrationIdText,
        Func<EventsDb, EventRecord, RegistrationRecord, DateTimeOffset, Task<(T Result, IReadOnlyList<OutboxMessageRecord> Notices)>> change,
        CancellationToken cancellationToken)
    {
        var eventId = StoredEvents.ParseId(eventIdText, "event_id");
        var registrationId = StoredEvents.ParseId(registrationIdText, "registration_id");
        await using var db = await databases.OpenAsync(municipalityCode, AccessLevel.Contribute, cancellationToken);
        await notices.ArmSweepAsync(municipalityCode, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await RegistrationDeskLock.TakeAsync(db, eventId, cancellationToken);
        var record = await StoredEvents.LoadAsync(db, eventId, cancellationToken);
        var registration = await LoadAsync(db, eventId, registrationId, cancellationToken);
        var (result, added) = await change(db, record, registration, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await notices.DispatchAsync(record.MunicipalityCode, added, cancellationToken);
        return result;
    }

    private static IEnumerable<RegistrationRecord> PromotedIn(EventsDb db, RegistrationRecord cancelled) =>
        db.ChangeTracker.Entries<RegistrationRecord>()
            .Where(e => e.Entity.Id != cancelled.Id && e.Entity.Status == RegistrationStatusValue.Registered)
            .Select(e => e.Entity)
            .OrderBy(r => r.Sequence);

    private static async Task<RegistrationRecord> LoadAsync(EventsDb db, Guid eventId, Guid registrationId, CancellationToken cancellationToken) =>
        await db.Registrations.SingleOrDefaultAsync(r => r.Id == registrationId && r.EventId == eventId, cancellationToken)
        ?? throw new NotFoundException($"No registration has the id {registrationId} for this event.");

    /// <summary>
    /// The waitlisted registrations up to and including this one while it waits, else null; none if a cancellation
    /// promoted it since it was stored.
    /// </summary>
    private static async Task<PeopleCount?> PositionAsync(EventsDb db, RegistrationRecord registration, CancellationToken cancellationToken)
    {
        if (registration.Status != RegistrationStatusValue.Waitlisted)
        {
            return null;
        }

        var waiting = await db.Registrations
            .Where(r => r.EventId == registration.EventId && r.Status == RegistrationStatusValue.Waitlisted && r.Sequence <= registration.Sequence)
            .GroupBy(r => r.EventId)
            .Select(g => new { Count = g.Count(), Keys = g.Sum(r => (long)r.RecordKey) })
            .SingleOrDefaultAsync(cancellationToken);
        return waiting is null ? default(PeopleCount) : PeopleCount.FromKeySum(waiting.Count, waiting.Keys);
    }
}
