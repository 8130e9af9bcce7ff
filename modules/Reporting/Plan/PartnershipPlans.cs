using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Reporting.V1;
using Platform.Reporting.Archive;
using Platform.Reporting.Plan.Data;
using Platform.Sdk.Callers;
using Platform.Sdk.Data;
using Platform.Sdk.Directory;
using Platform.Sdk.Errors;
using Platform.Sdk.Tenancy;

namespace Platform.Reporting.Plan;

/// <summary>
/// The partnerships' plans: the one application path of the gRPC service and the plan pages. The workstreams are the
/// partnership's own rows, shared with its members: its staff write them, its roles and its members' roles read them.
/// A member's states and quarterly notes are the municipality's own rows: its coordinators and members write them. The
/// SDK's contexts check every access; this class adds that a municipality works only on the plans of the partnerships it
/// is a current member of. Every change carries the version it was read at, so no one overwrites another's save unseen.
/// </summary>
internal sealed class PartnershipPlans(
    ITenantDbContextFactory<ReportingDb> database, IMunicipalityDirectory directory, ICallerContext caller, TimeProvider clock)
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    /// <summary>The plans of every partnership the municipality is a current member of, as its roles see them.</summary>
    public async Task<IReadOnlyList<PartnershipPlan>> GetForMunicipalityAsync(string municipalityCode, CancellationToken cancellationToken)
    {
        await caller.RequireAsync(municipalityCode, AccessLevel.Aggregate, cancellationToken);
        var municipality = await directory.FindMunicipalityAsync(municipalityCode, cancellationToken)
            ?? throw new NotFoundException($"Municipality {municipalityCode} is not onboarded.");
        var plans = new List<PartnershipPlan>();
        foreach (var partnershipId in municipality.PartnershipIds.Order(StringComparer.Ordinal))
        {
            plans.Add(await GetAsync(new GetPlanRequest { PartnershipId = partnershipId, MunicipalityCode = municipalityCode }, cancellationToken));
        }

        return plans;
    }

    /// <summary>Whether the caller may change the partnership's workstreams: its staff and administrators.</summary>
    public async Task<bool> MayEditWorkstreamsAsync(string partnershipId, CancellationToken cancellationToken)
    {
        try
        {
            await caller.RequirePartnershipRoleAsync(partnershipId, PartnershipAccess.Manage, cancellationToken);
            return true;
        }
        catch (PlatformException)
        {
            return false;
        }
    }

    /// <summary>Whether the caller may update the municipality's states and notes: its coordinators and members.</summary>
    public async Task<bool> MayUpdateMemberAsync(string municipalityCode, CancellationToken cancellationToken) =>
        await caller.GetAccessAsync(municipalityCode, cancellationToken) >= AccessLevel.Contribute;

    /// <summary>The quarter of today in Copenhagen: the one a quarterly note is written for.</summary>
    public Quarter CurrentQuarter()
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Copenhagen).DateTime);
        return new Quarter { Year = today.Year, Quarter_ = (today.Month + 2) / 3 };
    }

    public async Task<PartnershipPlan> GetAsync(GetPlanRequest request, CancellationToken cancellationToken)
    {
        var partnership = await PartnershipAsync(request.PartnershipId, cancellationToken);
        if (request.MunicipalityCode.Length == 0)
        {
            await using var db = await database.OpenForPartnershipAsync(partnership.Id, AccessLevel.Aggregate, cancellationToken);
            return await ReadAsync(db, partnership, [.. partnership.MemberCodes.Order(StringComparer.Ordinal)], cancellationToken);
        }

        new Validation().MunicipalityCode(request.MunicipalityCode, "municipality_code").ThrowIfInvalid();
        await using (var member = await database.OpenAsync(request.MunicipalityCode, AccessLevel.Aggregate, cancellationToken))
        {
            RequireMember(partnership, request.MunicipalityCode);
            return await ReadAsync(member, partnership, [request.MunicipalityCode], cancellationToken);
        }
    }

    public async Task<PartnershipPlan> UpdateWorkstreamsAsync(UpdateWorkstreamsRequest request, CancellationToken cancellationToken)
    {
        new Validation().Required(request.PartnershipId, "partnership_id", 64).Version(request.ExpectedVersion)
            .Workstreams(request.Workstreams).ThrowIfInvalid();
        await using (var db = await database.OpenPartnershipAsync(request.PartnershipId, PartnershipAccess.Manage, cancellationToken))
        {
            var plan = await db.Plans.SingleOrDefaultAsync(p => p.PartnershipId == request.PartnershipId, cancellationToken);
            if ((plan?.Version ?? 0) != request.ExpectedVersion)
            {
                throw Conflict($"The plan of partnership '{request.PartnershipId}' is at version {plan?.Version ?? 0}, not {request.ExpectedVersion}");
            }

            var stored = plan is null
                ? new List<PlanWorkstreamRecord>()
                : await db.PlanWorkstreams.Where(w => w.PartnershipId == request.PartnershipId).ToListAsync(cancellationToken);
            var known = plan is null ? DefaultWorkstreams.For(request.PartnershipId) : stored;
            var kept = Replace(db, request, known, stored);
            db.PlanWorkstreams.RemoveRange(stored.Where(w => !kept.Contains(w.Id)));
            if (plan is null)
            {
                plan = new PlanRecord { PartnershipId = request.PartnershipId };
                db.Plans.Add(plan);
            }

            plan.Version++;
            plan.UpdatedAt = clock.GetUtcNow();
            await SaveAsync(db, $"The plan of partnership '{request.PartnershipId}'", cancellationToken);
        }

        return await GetAsync(new GetPlanRequest { PartnershipId = request.PartnershipId }, cancellationToken);
    }

    public async Task<MemberState> SetMemberStateAsync(SetMemberStateRequest request, CancellationToken cancellationToken)
    {
        new Validation().Required(request.PartnershipId, "partnership_id", 64).MunicipalityCode(request.MunicipalityCode, "municipality_code")
            .Check(Guid.TryParse(request.WorkstreamId, out var workstreamId), "workstream_id", "must be a workstream's id")
            .State(request.State).MaxLength(request.Note, "note", PlanModel.NoteLength).Version(request.ExpectedVersion).ThrowIfInvalid();
        var partnership = await PartnershipAsync(request.PartnershipId, cancellationToken);
        await using var db = await database.OpenAsync(request.MunicipalityCode, AccessLevel.Contribute, cancellationToken);
        RequireMember(partnership, request.MunicipalityCode);
        if (!(await WorkstreamsAsync(db, partnership.Id, cancellationToken)).Any(w => w.Id == workstreamId))
        {
            throw new NotFoundException($"The plan of partnership '{partnership.Id}' has no workstream {workstreamId}.");
        }

        var state = await db.PlanMemberStates.SingleOrDefaultAsync(
            s => s.MunicipalityCode == request.MunicipalityCode && s.PartnershipId == partnership.Id && s.WorkstreamId == workstreamId,
            cancellationToken);
        var what = $"The state of workstream {workstreamId} in {request.MunicipalityCode}";
        if ((state?.Version ?? 0) != request.ExpectedVersion)
        {
            throw Conflict($"{what} is at version {state?.Version ?? 0}, not {request.ExpectedVersion}");
        }

        if (state is null)
        {
            state = new PlanMemberStateRecord
            {
                Id = Guid.NewGuid(), MunicipalityCode = request.MunicipalityCode, PartnershipId = partnership.Id, WorkstreamId = workstreamId,
            };
            db.PlanMemberStates.Add(state);
        }

        state.State = (int)request.State;
        state.Note = request.Note.Trim();
        state.Version++;
        state.UpdatedAt = clock.GetUtcNow();
        await SaveAsync(db, what, cancellationToken);
        return PlanContract.ToContract(state);
    }

    public async Task<QuarterlyNote> WriteQuarterlyNoteAsync(WriteQuarterlyNoteRequest request, CancellationToken cancellationToken)
    {
        new Validation().Required(request.PartnershipId, "partnership_id", 64).MunicipalityCode(request.MunicipalityCode, "municipality_code")
            .Period(request.Period).Required(request.Text, "text", PlanModel.QuarterNoteLength).Version(request.ExpectedVersion).ThrowIfInvalid();
        var partnership = await PartnershipAsync(request.PartnershipId, cancellationToken);
        await using var db = await database.OpenAsync(request.MunicipalityCode, AccessLevel.Contribute, cancellationToken);
        RequireMember(partnership, request.MunicipalityCode);
        var (year, quarter) = (request.Period.Year, request.Period.Quarter_);
        var note = await db.PlanQuarterNotes.SingleOrDefaultAsync(
            n => n.MunicipalityCode == request.MunicipalityCode && n.PartnershipId == partnership.Id && n.Year == year && n.Quarter == quarter,
            cancellationToken);
        var what = $"The note of {request.MunicipalityCode} for {year} Q{quarter}";
        if ((note?.Version ?? 0) != request.ExpectedVersion)
        {
            throw Conflict($"{what} is at version {note?.Version ?? 0}, not {request.ExpectedVersion}");
        }

        if (note is null)
        {
            note = new PlanQuarterNoteRecord
            {
                Id = Guid.NewGuid(), MunicipalityCode = request.MunicipalityCode, PartnershipId = partnership.Id, Year = year, Quarter = quarter,
            };
            db.PlanQuarterNotes.Add(note);
        }

        note.Text = request.Text.Trim();
        note.Version++;
        note.UpdatedAt = clock.GetUtcNow();
        await SaveAsync(db, what, cancellationToken);
        return PlanContract.ToContract(note);
    }

    /// <summary>The partnership's workstreams in order: the saved ones, or the defaults while none were saved.</summary>
    public static async Task<List<PlanWorkstreamRecord>> WorkstreamsAsync(ReportingDb db, string partnershipId, CancellationToken cancellationToken)
    {
        var saved = await db.Plans.AsNoTracking().AnyAsync(p => p.PartnershipId == partnershipId, cancellationToken);
        return saved
            ? await db.PlanWorkstreams.AsNoTracking().Where(w => w.PartnershipId == partnershipId).OrderBy(w => w.Position).ToListAsync(cancellationToken)
            : DefaultWorkstreams.For(partnershipId);
    }

    private async Task<PartnershipPlan> ReadAsync(
        ReportingDb db, PartnershipInfo partnership, IReadOnlyList<string> codes, CancellationToken cancellationToken)
    {
        var version = await db.Plans.AsNoTracking().Where(p => p.PartnershipId == partnership.Id).Select(p => p.Version).SingleOrDefaultAsync(cancellationToken);
        var workstreams = await WorkstreamsAsync(db, partnership.Id, cancellationToken);
        var states = await db.PlanMemberStates.AsNoTracking()
            .Where(s => s.PartnershipId == partnership.Id && codes.Contains(s.MunicipalityCode)).ToListAsync(cancellationToken);
        var notes = await db.PlanQuarterNotes.AsNoTracking()
            .Where(n => n.PartnershipId == partnership.Id && codes.Contains(n.MunicipalityCode)).ToListAsync(cancellationToken);
        var plan = new PartnershipPlan
        {
            PartnershipId = partnership.Id,
            PartnershipName = partnership.Name,
            Version = version,
            MunicipalityCodes = { codes },
            Notes = { notes.OrderByDescending(n => n.Year).ThenByDescending(n => n.Quarter).ThenBy(n => n.MunicipalityCode, StringComparer.Ordinal).Select(PlanContract.ToContract) },
        };
        foreach (var workstream in workstreams)
        {
            plan.Workstreams.Add(PlanContract.ToContract(workstream, codes.Select(code =>
                states.FirstOrDefault(s => s.WorkstreamId == workstream.Id && s.MunicipalityCode == code) is { } state
                    ? PlanContract.ToContract(state)
                    : PlanContract.Unset(workstream.Id, code))));
        }

        foreach (var code in codes)
        {
            plan.MunicipalityNames[code] = (await directory.FindMunicipalityAsync(code, cancellationToken))?.Name ?? code;
        }

        return plan;
    }

    /// <summary>Writes the request's workstreams over the known ones (matched by id) and returns the ids it kept.</summary>
    private static HashSet<Guid> Replace(
        ReportingDb db, UpdateWorkstreamsRequest request, IReadOnlyList<PlanWorkstreamRecord> known, IReadOnlyList<PlanWorkstreamRecord> stored)
    {
        var kept = new HashSet<Guid>();
        var unknown = new Validation();
        for (var i = 0; i < request.Workstreams.Count; i++)
        {
            var given = request.Workstreams[i];
            var id = given.Id.Length == 0 ? Guid.NewGuid() : Guid.Parse(given.Id);
            unknown.Check((given.Id.Length == 0 || known.Any(w => w.Id == id)) && kept.Add(id), $"workstreams[{i}].id",
                "must be the id of one of the plan's workstreams, each once, or empty for a new one");
            var row = stored.FirstOrDefault(w => w.Id == id);
            if (row is null)
            {
                row = new PlanWorkstreamRecord { Id = id, PartnershipId = request.PartnershipId };
                db.PlanWorkstreams.Add(row);
            }

            PlanValidation.TryDate(given.StartDate, out var start);
            PlanValidation.TryDate(given.EndDate, out var end);
            row.Position = i;
            row.TitleDa = given.TitleDa.Trim();
            row.TitleEn = given.TitleEn.Trim();
            row.Topic = (int)given.Topic;
            row.StartDate = start;
            row.EndDate = end;
            row.Responsible = given.Responsible.Trim();
            row.Note = given.Note.Trim();
        }

        unknown.ThrowIfInvalid();
        return kept;
    }

    private async Task<PartnershipInfo> PartnershipAsync(string partnershipId, CancellationToken cancellationToken)
    {
        new Validation().Required(partnershipId, "partnership_id", 64).ThrowIfInvalid();
        return await directory.FindPartnershipAsync(partnershipId, cancellationToken)
            ?? throw new NotFoundException($"No partnership has the id '{partnershipId}'.");
    }

    /// <summary>Called after the municipality's access was checked, so the answer tells nothing to someone without it.</summary>
    private static void RequireMember(PartnershipInfo partnership, string municipalityCode)
    {
        if (!partnership.MemberCodes.Contains(municipalityCode))
        {
            throw new NotFoundException($"Municipality {municipalityCode} is not a member of partnership '{partnership.Id}'.");
        }
    }

    private static async Task SaveAsync(ReportingDb db, string what, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Conflict($"{what} was changed at the same time");
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            throw Conflict($"{what} was first saved at the same time");
        }
    }

    private static ConcurrencyConflictException Conflict(string what) =>
        new($"{what}: someone else saved first. Read it again and retry.");
}
