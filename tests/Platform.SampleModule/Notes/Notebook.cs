using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Callers;
using Platform.Sdk.Disclosure;
using Platform.Sdk.Errors;
using Platform.Sdk.Jobs;
using Platform.Sdk.Tenancy;
using Platform.SampleModule.Jobs;
using Platform.SampleModule.V1;
using Platform.SampleModule.Visits;

namespace Platform.SampleModule.Notes;

/// <summary>
/// The notes of a municipality: the one application path of the sample's gRPC service and of its notes page,
/// taking the request messages and a cancellation token, never the gRPC call.
/// </summary>
internal sealed class Notebook(
    ITenantDbContextFactory<NotesDb> notes,
    ICallerContext caller,
    IGrainFactory grains,
    IJobQueue jobs,
    TimeProvider clock)
{
    public async Task<V1.Note> AddAsync(AddNoteRequest request, CancellationToken cancellationToken)
    {
        new Validation().Required(request.Text, "text", 500).ThrowIfInvalid();
        await using var db = await notes.OpenAsync(request.MunicipalityCode, AccessLevel.Contribute, cancellationToken);
        var note = new Note
        {
            Id = Guid.NewGuid(),
            MunicipalityCode = request.MunicipalityCode,
            Text = request.Text,
            AuthorEmail = request.AuthorEmail,
            CreatedAt = request.CreatedAt?.ToDateTimeOffset() ?? clock.GetUtcNow(),
            RecordKey = RecordKeys.New(),
        };
        db.Notes.Add(note);
        await db.SaveChangesAsync(cancellationToken);
        return ToContract(note);
    }

    public async Task<ListNotesResponse> ListAsync(ListNotesRequest request, CancellationToken cancellationToken)
    {
        await using var db = await notes.OpenAsync(request.MunicipalityCode, AccessLevel.Read, cancellationToken);
        var all = await db.Notes.OrderBy(n => n.CreatedAt).ToListAsync(cancellationToken);
        return new ListNotesResponse { Notes = { all.Select(ToContract) } };
    }

    public async Task<CountNotesInPartnershipResponse> CountInPartnershipAsync(
        CountNotesInPartnershipRequest request, CancellationToken cancellationToken)
    {
        await using var db = await notes.OpenForPartnershipAsync(request.PartnershipId, AccessLevel.Aggregate, cancellationToken);
        var counts = await db.Notes.GroupBy(n => n.MunicipalityCode)
            .Select(group => new { Code = group.Key, Count = group.Count() })
            .ToListAsync(cancellationToken);
        return new CountNotesInPartnershipResponse { NotesByMunicipality = { counts.ToDictionary(c => c.Code, c => c.Count) } };
    }

    public async Task<VisitResponse> VisitAsync(VisitRequest request, CancellationToken cancellationToken)
    {
        await caller.RequireAsync(request.MunicipalityCode, AccessLevel.Read, cancellationToken);
        return new VisitResponse { Visits = await grains.GetGrain<IVisitCounterGrain>(request.MunicipalityCode).VisitAsync() };
    }

    public async Task<EnqueueJobResponse> EnqueueJobAsync(EnqueueJobRequest request, CancellationToken cancellationToken)
    {
        new Validation()
            .Check(request.Type is EchoJobHandler.Type or FailingJobHandler.Type or WorkJobHandler.Type or ListActorsJobHandler.Type, "type",
                $"must be {EchoJobHandler.Type}, {FailingJobHandler.Type}, {WorkJobHandler.Type} or {ListActorsJobHandler.Type}")
            .Check(request.WorkMilliseconds is >= 0 and <= 60_000, "work_milliseconds", "must be between 0 and 60000")
            .ThrowIfInvalid();
        await caller.RequireAsync(request.MunicipalityCode, AccessLevel.Contribute, cancellationToken);
        var id = await jobs.EnqueueAsync(
            new JobRequest(request.Type, PayloadOf(request), clock.GetUtcNow(), request.MunicipalityCode,
                MaxAttempts: request.MaxAttempts == 0 ? 5 : request.MaxAttempts),
            cancellationToken);
        return new EnqueueJobResponse { JobId = id.ToString() };
    }

    private static string PayloadOf(EnqueueJobRequest request) => request.Type == WorkJobHandler.Type
        ? JsonSerializer.Serialize(new WorkPayload(request.Message, request.WorkMilliseconds))
        : JsonSerializer.Serialize(request.Message);

    private static V1.Note ToContract(Note note) => new()
    {
        Id = note.Id.ToString(),
        MunicipalityCode = note.MunicipalityCode,
        Text = note.Text,
        AuthorEmail = note.AuthorEmail,
    };
}
