using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Platform.Contracts.Core.V1;
using Platform.Host.Jobs;
using Platform.Host.Persistence.Records;
using Platform.Host.Tenancy;
using Platform.Sdk.Errors;

namespace Platform.Host.Grpc.Services;

/// <summary>The job list and retries, for platform administrators.</summary>
public sealed class JobGrpcService(JobStore store, CallerContext caller) : JobService.JobServiceBase
{
    public override async Task<ListJobsResponse> ListJobs(ListJobsRequest request, ServerCallContext context)
    {
        caller.RequireAdmin();
        var pageSize = request.PageSize == 0 ? 100 : request.PageSize;
        new Validation().Check(pageSize is >= 1 and <= 500, "page_size", "must be between 1 and 500").ThrowIfInvalid();
        var jobs = await store.ListAsync(
            request.State == JobState.Unspecified ? null : request.State, NullIfEmpty(request.Type), pageSize, context.CancellationToken);
        return new ListJobsResponse { Jobs = { jobs.Select(ToContract) } };
    }

    public override async Task<Job> GetJob(GetJobRequest request, ServerCallContext context)
    {
        caller.RequireAdmin();
        var id = ParseId(request.Id);
        return ToContract(await store.FindAsync(id, context.CancellationToken) ?? throw new NotFoundException($"No job has the id {id}."));
    }

    public override async Task<Job> RetryJob(RetryJobRequest request, ServerCallContext context)
    {
        caller.RequireAdmin();
        return ToContract(await store.RetryAsync(ParseId(request.Id), context.CancellationToken));
    }

    private static Guid ParseId(string id) =>
        Guid.TryParse(id, out var parsed) ? parsed : throw new InvalidInputException("id", "must be a job id (a GUID)");

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static Job ToContract(JobRecord job) => new()
    {
        Id = job.Id.ToString(),
        Type = job.Type,
        MunicipalityCode = job.MunicipalityCode ?? "",
        State = job.State,
        Attempts = job.Attempts,
        MaxAttempts = job.MaxAttempts,
        RunAt = Timestamp.FromDateTimeOffset(job.RunAt),
        CreatedAt = Timestamp.FromDateTimeOffset(job.CreatedAt),
        CompletedAt = job.CompletedAt is { } completed ? Timestamp.FromDateTimeOffset(completed) : null,
        LastError = job.LastError ?? "",
        ScheduleId = job.ScheduleId ?? "",
    };
}
