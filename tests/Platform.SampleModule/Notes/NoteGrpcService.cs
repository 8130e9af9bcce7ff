using System.Text.Json;
using Grpc.Core;
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

public sealed class NoteGrpcService(
    ITenantDbContextFactory<NotesDb> notes,
    ICallerContext caller,
    IGrainFactory grains,
    IJobQueue jobs,
    TimeProvider clock) : NoteService.NoteServiceBase
{
    public override async Task<V1.Note> AddNote(AddNoteRequest request, ServerCallContext context)
    {
        new Validation().Required(request.Text, "text", 500).ThrowIfInvalid();
        await using var db = await notes.OpenAsync(request.MunicipalityCode, AccessLevel.Contribute, context.CancellationToken);
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
        await db.SaveChangesAsync(context.CancellationToken);
        return ToContract(note);
    }

    public override async Task<ListNotesResponse> ListNotes(ListNotesRequest request, ServerCallContext context)
    {
        await using var db = await notes.OpenAsync(request.MunicipalityCode, AccessLevel.Read, context.CancellationToken);
        var all = await db.Notes.OrderBy(n => n.CreatedAt).ToListAsync(context.CancellationToken);
        return new ListNotesResponse { Notes = { all.Select(ToContract) } };
    }

    public override async Task<CountNotesInPartnershipResponse> CountNotesInPartnership(
        CountNotesInPartnershipRequest request, ServerCallContext context)
    {
        await using var db = await notes.OpenForPartnershipAsync(request.PartnershipId, AccessLevel.Aggregate, context.CancellationToken);
        var counts = await db.Notes.GroupBy(n => n.MunicipalityCode)
            .Select(group => new { Code = group.Key, Count = group.Count() })
            .ToListAsync(context.CancellationToken);
        return new CountNotesInPartnershipResponse { NotesByMunicipality = { counts.ToDictionary(c => c.Code, c => c.Count) } };
    }

    public override async Task<VisitResponse> Visit(VisitRequest request, ServerCallContext context)
    {
        await caller.RequireAsync(request.MunicipalityCode, AccessLevel.Read, context.CancellationToken);
        return new VisitResponse { Visits = await grains.GetGrain<IVisitCounterGrain>(request.MunicipalityCode).VisitAsync() };
    }

    public override async Task<EnqueueJobResponse> EnqueueJob(EnqueueJobRequest request, ServerCallContext context)
    {
        new Validation()
            .Check(request.Type is EchoJobHandler.Type or FailingJobHandler.Type or WorkJobHandler.Type or ListActorsJobHandler.Type, "type",
                $"must be {EchoJobHandler.Type}, {FailingJobHandler.Type}, {WorkJobHandler.Type} or {ListActorsJobHandler.Type}")
            .Check(request.WorkMilliseconds is >= 0 and <= 60_000, "work_milliseconds", "must be between 0 and 60000")
            .ThrowIfInvalid();
        await caller.RequireAsync(request.MunicipalityCode, AccessLevel.Contribute, context.CancellationToken);
        var id = await jobs.EnqueueAsync(
            new JobRequest(request.Type, PayloadOf(request), clock.GetUtcNow(), request.MunicipalityCode,
                MaxAttempts: request.MaxAttempts == 0 ? 5 : request.MaxAttempts),
            context.CancellationToken);
        return new EnqueueJobResponse { JobId = id.ToString() };
    }

    public override Task<VisitResponse> Explode(VisitRequest request, ServerCallContext context) =>
        throw new InvalidOperationException("Secret internal detail that must not reach the caller.");

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
