using Microsoft.EntityFrameworkCore;
using Platform.ActorMapping.Common;
using Platform.ActorMapping.Data;
using Platform.Contracts.ActorMapping.V1;
using Platform.Sdk.Callers;
using Platform.Sdk.Errors;
using Platform.Sdk.Tenancy;

namespace Platform.ActorMapping.Initiatives;

/// <summary>
/// Initiatives of one municipality, the one application path of the gRPC service and (later) the pages. Members and
/// coordinators change them; viewers and partnership staff read them (initiatives hold no personal data).
/// </summary>
internal sealed class InitiativeRegister(ITenantDbContextFactory<ActorMappingDb> databases, LocalAreaRule localAreas, TimeProvider clock)
{
    public async Task<Initiative> CreateAsync(CreateInitiativeRequest request, CancellationToken cancellationToken)
    {
        InitiativeValidation.Validate(request.Fields);
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Contribute, cancellationToken);
        await CheckReferencesAsync(db, request.MunicipalityCode, request.Fields, null, cancellationToken);
        var now = clock.GetUtcNow();
        var initiative = new InitiativeRecord
        {
            Id = Guid.NewGuid(),
            MunicipalityCode = request.MunicipalityCode,
            Name = "",
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        initiative.Apply(request.Fields);
        db.Initiatives.Add(initiative);
        await db.SaveChangesAsync(cancellationToken);
        return initiative.ToContract();
    }

    public async Task<Initiative> GetAsync(GetInitiativeRequest request, CancellationToken cancellationToken)
    {
        var id = EntityIds.Parse(request.Id, "id", "an initiative");
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Aggregate, cancellationToken);
        return (await LoadAsync(db, id, cancellationToken)).ToContract();
    }

    public async Task<Initiative> UpdateAsync(UpdateInitiativeRequest request, CancellationToken cancellationToken)
    {
        InitiativeValidation.Validate(request.Fields);
        return await ChangeAsync(request.MunicipalityCode, request.Id, request.ExpectedVersion, cancellationToken, async (db, initiative) =>
        {
            await CheckReferencesAsync(db, request.MunicipalityCode, request.Fields, initiative.LocalAreaId, cancellationToken);
            initiative.Apply(request.Fields);
        });
    }

    public Task<Initiative> ArchiveAsync(ArchiveInitiativeRequest request, CancellationToken cancellationToken) =>
        ChangeAsync(request.MunicipalityCode, request.Id, request.ExpectedVersion, cancellationToken, (_, initiative) =>
        {
            initiative.Archived = request.Archived;
            return Task.CompletedTask;
        });

    public async Task<ListInitiativesResponse> ListAsync(ListInitiativesRequest request, CancellationToken cancellationToken)
    {
        var window = PageWindow.Parse(request.PageSize, request.PageToken);
        var actorId = request.ActorId.Length == 0 ? (Guid?)null : EntityIds.Parse(request.ActorId, "actor_id", "an actor");
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Aggregate, cancellationToken);
        var query = Filter(db.Initiatives.AsNoTracking(), request, actorId);
        var total = await query.CountAsync(cancellationToken);
        var page = await query.OrderBy(i => i.Name).ThenBy(i => i.Id).Skip(window.Offset).Take(window.Size)
            .Include(i => i.Actors).AsSplitQuery()
            .ToListAsync(cancellationToken);
        return new ListInitiativesResponse
        {
            Initiatives = { page.Select(initiative => initiative.ToContract()) },
            TotalCount = total,
            NextPageToken = window.NextToken(page.Count, total),
        };
    }

    private async Task<Initiative> ChangeAsync(
        string municipalityCode, string initiativeId, long expectedVersion, CancellationToken cancellationToken, Func<ActorMappingDb, InitiativeRecord, Task> change)
    {
        var id = EntityIds.Parse(initiativeId, "id", "an initiative");
        new Validation().Check(expectedVersion > 0, "expected_version", "is required: the version of the initiative you read").ThrowIfInvalid();
        await using var db = await databases.OpenAsync(municipalityCode, AccessLevel.Contribute, cancellationToken);
        var initiative = await LoadAsync(db, id, cancellationToken);
        if (initiative.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException(
                $"Initiative {id} is at version {initiative.Version}, not {expectedVersion}: read it again and retry.");
        }

        await change(db, initiative);
        initiative.Version++;
        initiative.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return initiative.ToContract();
    }

    /// <summary>The local area must be the municipality's, and every named actor one of its actors.</summary>
    private async Task CheckReferencesAsync(
        ActorMappingDb db, string municipalityCode, InitiativeFields fields, string? currentLocalAreaId, CancellationToken cancellationToken)
    {
        await localAreas.CheckAsync(municipalityCode, fields.LocalAreaId, currentLocalAreaId, "fields.local_area_id", cancellationToken);
        var named = InitiativeContracts.Links(fields).Select(link => link.ActorId).Distinct().ToList();
        var known = await db.Actors.Where(a => named.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken);
        var validation = new Validation()
            .Check(fields.OwnerActorId.Length == 0 || known.Contains(Guid.Parse(fields.OwnerActorId)), "fields.owner_actor_id", $"is not an actor of municipality {municipalityCode}");
        for (var i = 0; i < fields.PartnerActorIds.Count; i++)
        {
            validation.Check(known.Contains(Guid.Parse(fields.PartnerActorIds[i])), $"fields.partner_actor_ids[{i}]", $"is not an actor of municipality {municipalityCode}");
        }

        for (var i = 0; i < fields.VenueActorIds.Count; i++)
        {
            validation.Check(known.Contains(Guid.Parse(fields.VenueActorIds[i])), $"fields.venue_actor_ids[{i}]", $"is not an actor of municipality {municipalityCode}");
        }

        validation.ThrowIfInvalid();
    }

    private static async Task<InitiativeRecord> LoadAsync(ActorMappingDb db, Guid id, CancellationToken cancellationToken) =>
        await db.Initiatives.Include(i => i.Actors).SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
        ?? throw new NotFoundException($"No initiative has the id {id} in this municipality.");

    private static IQueryable<InitiativeRecord> Filter(IQueryable<InitiativeRecord> initiatives, ListInitiativesRequest request, Guid? actorId)
    {
        initiatives = request.IncludeArchived ? initiatives : initiatives.Where(i => !i.Archived);
        initiatives = request.LocalAreaId.Length == 0 ? initiatives : initiatives.Where(i => i.LocalAreaId == request.LocalAreaId);
        initiatives = request.Arena.Length == 0 ? initiatives : initiatives.Where(i => i.Arenas.Contains(request.Arena));
        initiatives = request.Theme.Length == 0 ? initiatives : initiatives.Where(i => i.Themes.Contains(request.Theme));
        initiatives = request.TargetGroup.Length == 0 ? initiatives : initiatives.Where(i => i.TargetGroups.Contains(request.TargetGroup));
        initiatives = request.Kind == InitiativeKind.Unspecified ? initiatives : initiatives.Where(i => i.Kind == (int)request.Kind);
        initiatives = request.Engagement == PartnershipEngagement.Unspecified ? initiatives : initiatives.Where(i => i.Engagement == (int)request.Engagement);
        initiatives = request.Status == InitiativeStatus.Unspecified ? initiatives : initiatives.Where(i => i.Status == (int)request.Status);
        initiatives = actorId is { } actor ? initiatives.Where(i => i.Actors.Any(a => a.ActorId == actor)) : initiatives;
        var text = request.Text.Trim().ToLowerInvariant();
        return text.Length == 0 ? initiatives : initiatives.Where(i => i.Name.ToLower().Contains(text) || i.Description.ToLower().Contains(text));
    }
}
