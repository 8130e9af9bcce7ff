using Grpc.Core;
using Platform.SampleModule.V1;

namespace Platform.SampleModule.Notes;

/// <summary>The sample's gRPC service: a thin adapter over <see cref="Notebook"/>.</summary>
internal sealed class NoteGrpcService(Notebook notebook) : NoteService.NoteServiceBase
{
    public override Task<V1.Note> AddNote(AddNoteRequest request, ServerCallContext context) => notebook.AddAsync(request, context.CancellationToken);

    public override Task<ListNotesResponse> ListNotes(ListNotesRequest request, ServerCallContext context) => notebook.ListAsync(request, context.CancellationToken);

    public override Task<CountNotesInPartnershipResponse> CountNotesInPartnership(CountNotesInPartnershipRequest request, ServerCallContext context) =>
        notebook.CountInPartnershipAsync(request, context.CancellationToken);

    public override Task<VisitResponse> Visit(VisitRequest request, ServerCallContext context) => notebook.VisitAsync(request, context.CancellationToken);

    public override Task<EnqueueJobResponse> EnqueueJob(EnqueueJobRequest request, ServerCallContext context) => notebook.EnqueueJobAsync(request, context.CancellationToken);

    /// <summary>A fault of the platform, not the caller: the caller must get INTERNAL with a correlation id only.</summary>
    public override Task<VisitResponse> Explode(VisitRequest request, ServerCallContext context) =>
        throw new InvalidOperationException("Secret internal detail that must not reach the caller.");
}
