using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Platform.Contracts.Core.V1;
using Platform.Host.Jobs;
using Platform.Host.Persistence.Records;

namespace Platform.Host.Grpc.Services;

/// <summary>The job list and retries, for platform administrators: a thin adapter of <see cref="JobAdministration"/>.</summary>
public sealed class JobGrpcService(JobAdministration jobs) : JobService.JobServiceBase
{
    public override async Task<ListJobsResponse> ListJobs(ListJobsRequest request, ServerCallContext context)
    {
        var found = await jobs.ListAsync(
            request.State == JobState.Unspecified ? null : request.State,
            request.Type.Length == 0 ? null : request.Type,
            request.PageSize == 0 ? 100 : request.PageSize,
            context.CancellationToken);
        return new ListJobsResponse { Jobs = { found.Select(ToContract) } };
    }

    public override async Task<Job> GetJob(GetJobRequest request, ServerCallContext context) =>
        ToContract(await jobs.GetAsync(request.Id, context.CancellationToken));

    public override async Task<Job> RetryJob(RetryJobRequest request, ServerCallContext context) =>
        ToContract(await jobs.RetryAsync(request.Id, context.CancellationToken));

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
