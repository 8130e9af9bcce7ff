using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Events.V1;
using Platform.Events.Data;
using Platform.Sdk.Callers;
using Platform.Sdk.Errors;
using Platform.Sdk.Tenancy;

namespace Platform.Events.Outcomes;

/// <summary>
/// What came out of an event: notes, concerns and ideas (with themes and the group that raised them) and the roles
/// actors state for themselves. Outcomes hold no personal data, so partnership staff search them across members.
/// </summary>
internal sealed class OutcomeLog(ITenantDbContextFactory<EventsDb> databases, TimeProvider clock)
{
    public async Task<Outcome> AddAsync(AddOutcomeRequest request, CancellationToken cancellationToken)
    {
        var eventId = StoredEvents.ParseId(request.EventId, "event_id");
        new Validation()
            .Check(request.Kind != OutcomeKind.Unspecified && System.Enum.IsDefined(request.Kind), "kind", "must be an outcome kind")
            .Required(request.Text, "text", 2000)
            .Check(request.Themes.Count <= 20 && request.Themes.All(t => t.Trim().Length is >= 1 and <= 100), "themes", "must be at most 20 tags of 1-100 characters")
            .Check(System.Enum.IsDefined(request.Group), "group", "must be a target group or unspecified")
            .Check(request.Kind != OutcomeKind.Role || Guid.TryParse(request.ActorId, out _), "actor_id", "is required for a role: the actor (id) stating it")
            .Check(request.ActorId.Length == 0 || Guid.TryParse(request.ActorId, out _), "actor_id", "must be an actor id (GUID)")
            .ThrowIfInvalid();
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Contribute, cancellationToken);
        await StoredEvents.LoadAsync(db, eventId, cancellationToken);
        var outcome = new OutcomeRecord
        {
            Id = Guid.NewGuid(),
            MunicipalityCode = request.MunicipalityCode,
            EventId = eventId,
            Kind = (int)request.Kind,
            Text = request.Text.Trim(),
            Themes = [.. request.Themes.Select(t => t.Trim().ToLowerInvariant()).Distinct()],
            Group = (int)request.Group,
            ActorId = request.ActorId.Length == 0 ? null : Guid.Parse(request.ActorId).ToString(),
            CreatedAt = clock.GetUtcNow(),
        };
        db.Outcomes.Add(outcome);
        await db.SaveChangesAsync(cancellationToken);
        return ToContract(outcome);
    }

    public async Task<SearchOutcomesResponse> SearchAsync(SearchOutcomesRequest request, CancellationToken cancellationToken)
    {
        new Validation()
            .Check(request.MunicipalityCode.Length == 0 ^ request.PartnershipId.Length == 0, "municipality_code", "give either municipality_code or partnership_id")
            .Check(request.EventId.Length == 0 || Guid.TryParse(request.EventId, out _), "event_id", "must be an id")
            .ThrowIfInvalid();
        await using var db = request.PartnershipId.Length > 0
            ? await databases.OpenForPartnershipAsync(request.PartnershipId, AccessLevel.Aggregate, cancellationToken)
            : await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Aggregate, cancellationToken);
        var outcomes = db.Outcomes.AsNoTracking();
        if (request.EventId.Length > 0)
        {
            var eventId = Guid.Parse(request.EventId);
            outcomes = outcomes.Where(o => o.EventId == eventId);
        }

        outcomes = request.Kind == OutcomeKind.Unspecified ? outcomes : outcomes.Where(o => o.Kind == (int)request.Kind);
        outcomes = request.Group == TargetGroup.Unspecified ? outcomes : outcomes.Where(o => o.Group == (int)request.Group);
        var theme = request.Theme.Trim().ToLowerInvariant();
        outcomes = theme.Length == 0 ? outcomes : outcomes.Where(o => o.Themes.Contains(theme));
        foreach (var word in request.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var lower = word.ToLowerInvariant();
            outcomes = outcomes.Where(o => o.Text.ToLower().Contains(lower));
        }

        var found = await outcomes.OrderBy(o => o.CreatedAt).ThenBy(o => o.Id).Take(1000).ToListAsync(cancellationToken);
        return new SearchOutcomesResponse { Outcomes = { found.Select(ToContract) } };
    }

    private static Outcome ToContract(OutcomeRecord outcome) => new()
    {
        Id = outcome.Id.ToString(),
        EventId = outcome.EventId.ToString(),
        Kind = (OutcomeKind)outcome.Kind,
        Text = outcome.Text,
        Themes = { outcome.Themes },
        Group = (TargetGroup)outcome.Group,
        ActorId = outcome.ActorId ?? "",
        CreatedAt = Timestamp.FromDateTimeOffset(outcome.CreatedAt),
        MunicipalityCode = outcome.MunicipalityCode,
    };
}
