using Microsoft.EntityFrameworkCore;
using Platform.ActorMapping.Common;
using Platform.ActorMapping.Data;
using Platform.Contracts.ActorMapping.V1;
using Platform.Sdk.Audit;
using Platform.Sdk.Callers;
using Platform.Sdk.Errors;
using Platform.Sdk.Tenancy;

namespace Platform.ActorMapping.Actors;

/// <summary>
/// Actors of one municipality, the one application path of the gRPC service and the pages. Members and
/// coordinators change them; viewers read them; partnership staff read non-personal fields (contact persons are left
/// out for them).
/// </summary>
internal sealed class ActorBook(
    ITenantDbContextFactory<ActorMappingDb> databases,
    ICallerContext caller,
    LocalAreaRule localAreas,
    ActorCsv csv,
    IAuditTrail audit,
    TimeProvider clock)
{
    public async Task<Actor> CreateAsync(CreateActorRequest request, CancellationToken cancellationToken)
    {
        ActorValidation.Validate(request.Fields, request.Contacts);
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Contribute, cancellationToken);
        await localAreas.CheckAsync(request.MunicipalityCode, request.Fields.LocalAreaId, null, "fields.local_area_id", cancellationToken);
        var actor = ActorContracts.NewActor(request.MunicipalityCode, request.Fields, request.Contacts, clock.GetUtcNow());
        db.Actors.Add(actor);
        await db.SaveChangesAsync(cancellationToken);
        return actor.ToContract(withContacts: true);
    }

    public async Task<Actor> GetAsync(GetActorRequest request, CancellationToken cancellationToken)
    {
        var id = ActorValidation.ParseId(request.Id);
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Aggregate, cancellationToken);
        var actor = await Load(db, id, cancellationToken);
        return actor.ToContract(await SeesPersonalDataAsync(request.MunicipalityCode, cancellationToken));
    }

    public async Task<Actor> UpdateAsync(UpdateActorRequest request, CancellationToken cancellationToken)
    {
        ActorValidation.Validate(request.Fields, request.Contacts);
        new Validation()
            .Check(!request.RemoveAllContacts || request.Contacts.Count == 0, "remove_all_contacts", "cannot be set together with contacts")
            .ThrowIfInvalid();
        var keepContacts = request.Contacts.Count == 0 && !request.RemoveAllContacts;
        return await ChangeAsync(request.MunicipalityCode, request.Id, request.ExpectedVersion, cancellationToken, async actor =>
        {
            await localAreas.CheckAsync(request.MunicipalityCode, request.Fields.LocalAreaId, actor.LocalAreaId, "fields.local_area_id", cancellationToken);
            actor.Apply(request.Fields, keepContacts ? null : request.Contacts);
        });
    }

    public Task<Actor> ArchiveAsync(ArchiveActorRequest request, CancellationToken cancellationToken) =>
        ChangeAsync(request.MunicipalityCode, request.Id, request.ExpectedVersion, cancellationToken, actor =>
        {
            actor.Archived = request.Archived;
            return Task.CompletedTask;
        });

    public Task<Actor> MoveStageAsync(MoveStageRequest request, CancellationToken cancellationToken)
    {
        new Validation()
            .Check(request.Stage != MobilisationStage.Unspecified && Enum.IsDefined(request.Stage), "stage", "must be a mobilisation stage")
            .MaxLength(request.Note, "note", 1000)
            .ThrowIfInvalid();
        return ChangeAsync(request.MunicipalityCode, request.Id, request.ExpectedVersion, cancellationToken, actor =>
        {
            actor.History.Add(new StageChangeRecord
            {
                ActorId = actor.Id,
                MunicipalityCode = actor.MunicipalityCode,
                From = actor.Stage,
                To = (int)request.Stage,
                ChangedBy = caller.Caller.DisplayName ?? caller.Caller.Subject,
                ChangedAt = clock.GetUtcNow(),
                Note = request.Note,
            });
            actor.Stage = (int)request.Stage;
            return Task.CompletedTask;
        });
    }

    public async Task<ListActorsResponse> ListAsync(ListActorsRequest request, CancellationToken cancellationToken)
    {
        var window = PageWindow.Parse(request.PageSize, request.PageToken);
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Aggregate, cancellationToken);
        // The filters run once for the names and ids of every match, which are sorted the Danish way here (a database's
        // collation is not); the page's rows and their children are then read by id.
        var matches = await Filter(db.Actors.AsNoTracking(), request).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        var total = matches.Count;
        var ids = matches.OrderBy(a => DanishOrder.Key(a.Name), DanishOrder.Keys).ThenBy(a => a.Id).Skip(window.Offset).Take(window.Size)
            .Select(a => a.Id).ToList();
        var page = (await db.Actors.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Include(a => a.Contacts).Include(a => a.History).AsSplitQuery()
            .ToListAsync(cancellationToken)).OrderBy(a => ids.IndexOf(a.Id)).ToList();
        var withContacts = await SeesPersonalDataAsync(request.MunicipalityCode, cancellationToken);
        return new ListActorsResponse
        {
            Actors = { page.Select(actor => actor.ToContract(withContacts)) },
            TotalCount = total,
            NextPageToken = window.NextToken(page.Count, total),
        };
    }

    public async Task<Funnel> GetFunnelAsync(GetFunnelRequest request, CancellationToken cancellationToken)
    {
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Aggregate, cancellationToken);
        var counts = await db.Actors.Where(a => !a.Archived)
            .GroupBy(a => new { a.LocalAreaId, a.Stage })
            .Select(g => new { g.Key.LocalAreaId, g.Key.Stage, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var stages = Enum.GetValues<MobilisationStage>().Where(stage => stage != MobilisationStage.Unspecified).ToList();
        IEnumerable<FunnelStep> Steps(IEnumerable<(int Stage, int Count)> rows) =>
            stages.Select(stage => new FunnelStep { Stage = stage, Actors = rows.Where(r => r.Stage == (int)stage).Sum(r => r.Count) });
        return new Funnel
        {
            Steps = { Steps(counts.Select(c => (c.Stage, c.Count))) },
            Areas =
            {
                counts.GroupBy(c => c.LocalAreaId ?? "").OrderBy(g => g.Key, StringComparer.Ordinal).Select(area => new AreaFunnel
                {
                    LocalAreaId = area.Key,
                    Steps = { Steps(area.Select(c => (c.Stage, c.Count))) },
                }),
            },
        };
    }

    public async Task<ImportActorsResponse> ImportAsync(ImportActorsRequest request, CancellationToken cancellationToken)
    {
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Contribute, cancellationToken);
        return await csv.ImportAsync(db, request, caller.Caller.DisplayName ?? caller.Caller.Subject, cancellationToken);
    }

    public async Task<ExportActorsResponse> ExportAsync(ExportActorsRequest request, CancellationToken cancellationToken)
    {
        var delimiter = request.Delimiter.Length == 0 ? ';' : request.Delimiter[0];
        new Validation().Check(request.Delimiter is "" or ";" or ",", "delimiter", "must be \";\" or \",\"").ThrowIfInvalid();
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Aggregate, cancellationToken);
        var withContacts = await SeesPersonalDataAsync(request.MunicipalityCode, cancellationToken);
        var actors = (await db.Actors.AsNoTracking().Where(a => request.IncludeArchived || !a.Archived)
            .Include(a => a.Contacts).AsSplitQuery().ToListAsync(cancellationToken))
            .OrderBy(a => DanishOrder.Key(a.Name), DanishOrder.Keys).ThenBy(a => a.Id).ToList();
        var file = await csv.ExportAsync(request.MunicipalityCode, actors, delimiter, withContacts, cancellationToken);
        await audit.RecordAsync(AuditActions.ContactPersonsExported, request.MunicipalityCode, null, null,
            $"{file.Rows} actors, {(withContacts ? "with" : "without")} contact persons", cancellationToken);
        return file;
    }

    /// <summary>Whether the caller may change the municipality's actors: pages show their edit controls only then.</summary>
    public async Task<bool> MayChangeAsync(string municipalityCode, CancellationToken cancellationToken) =>
        await caller.GetAccessAsync(municipalityCode, cancellationToken) >= AccessLevel.Contribute;

    /// <summary>Refuses a caller who may not change the municipality's actors, before a page shows a form that would.</summary>
    public Task RequireChangeAsync(string municipalityCode, CancellationToken cancellationToken) =>
        caller.RequireAsync(municipalityCode, AccessLevel.Contribute, cancellationToken);

    private async Task<Actor> ChangeAsync(
        string municipalityCode, string actorId, long expectedVersion, CancellationToken cancellationToken, Func<ActorRecord, Task> change)
    {
        var id = ActorValidation.ParseId(actorId);
        new Validation().Check(expectedVersion > 0, "expected_version", "is required: the version of the actor you read").ThrowIfInvalid();
        await using var db = await databases.OpenAsync(municipalityCode, AccessLevel.Contribute, cancellationToken);
        var actor = await Load(db, id, cancellationToken);
        if (actor.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException(
                $"Actor {id} is at version {actor.Version}, not {expectedVersion}: read it again and retry.");
        }

        await change(actor);
        // Replaced contact persons are new records whose keys are set already, which EF would take for stored rows and
        // update (no row, so the save failed as a conflict): they are inserted, and the ones they replace deleted.
        foreach (var contact in actor.Contacts.Where(contact => db.Entry(contact).State == EntityState.Detached))
        {
            db.Entry(contact).State = EntityState.Added;
        }

        actor.Version++;
        actor.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return actor.ToContract(withContacts: true);
    }

    private static async Task<ActorRecord> Load(ActorMappingDb db, Guid id, CancellationToken cancellationToken) =>
        await db.Actors.Include(a => a.Contacts).Include(a => a.History).AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
        ?? throw new NotFoundException($"No actor has the id {id} in this municipality.");

    private async Task<bool> SeesPersonalDataAsync(string municipalityCode, CancellationToken cancellationToken) =>
        await caller.GetAccessAsync(municipalityCode, cancellationToken) >= AccessLevel.Read;

    private static IQueryable<ActorRecord> Filter(IQueryable<ActorRecord> actors, ListActorsRequest request)
    {
        actors = request.IncludeArchived ? actors : actors.Where(a => !a.Archived);
        actors = request.LocalAreaId.Length == 0 ? actors : actors.Where(a => a.LocalAreaId == request.LocalAreaId);
        actors = request.Sector == Sector.Unspecified ? actors : actors.Where(a => a.Sector == (int)request.Sector);
        actors = request.Category.Length == 0 ? actors : actors.Where(a => a.Category == request.Category);
        actors = request.Arena.Length == 0 ? actors : actors.Where(a => a.Arenas.Contains(request.Arena));
        actors = request.Theme.Length == 0 ? actors : actors.Where(a => a.Themes.Contains(request.Theme));
        actors = request.AgeGroup.Length == 0 ? actors : actors.Where(a => a.AgeGroups.Contains(request.AgeGroup));
        actors = request.Stage == MobilisationStage.Unspecified ? actors : actors.Where(a => a.Stage == (int)request.Stage);
        var text = request.Text.Trim().ToLowerInvariant();
        return text.Length == 0 ? actors : actors.Where(a => a.Name.ToLower().Contains(text) || a.Description.ToLower().Contains(text));
    }
}
