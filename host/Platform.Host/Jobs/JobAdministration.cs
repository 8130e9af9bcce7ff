using Platform.Contracts.Core.V1;
using Platform.Host.Persistence.Records;
using Platform.Host.Tenancy;
using Platform.Sdk.Errors;

namespace Platform.Host.Jobs;

/// <summary>The durable jobs as administrators see them, for the gRPC service and the admin page alike: list, read, retry.</summary>
public sealed class JobAdministration(JobStore store, CallerContext caller)
{
    public async Task<IReadOnlyList<JobRecord>> ListAsync(JobState? state, string? type, int pageSize, CancellationToken cancellationToken)
    {
        caller.RequireAdmin();
        new Validation().Check(pageSize is >= 1 and <= 500, "page_size", "must be between 1 and 500").ThrowIfInvalid();
        return await store.ListAsync(state, type, pageSize, cancellationToken);
    }

    public async Task<JobRecord> GetAsync(string id, CancellationToken cancellationToken)
    {
        caller.RequireAdmin();
        var parsed = ParseId(id);
        return await store.FindAsync(parsed, cancellationToken) ?? throw new NotFoundException($"No job has the id {parsed}.");
    }

    /// <summary>Puts a failed job back in the queue with its attempts counted from zero; any other state is refused.</summary>
    public async Task<JobRecord> RetryAsync(string id, CancellationToken cancellationToken)
    {
        caller.RequireAdmin();
        return await store.RetryAsync(ParseId(id), cancellationToken);
    }

    private static Guid ParseId(string id) =>
        Guid.TryParse(id, out var parsed) ? parsed : throw new InvalidInputException("id", "must be a job id (a GUID)");
}
