using Platform.Contracts.Core.V1;
using Platform.Core.Tests.Infrastructure;
using Platform.Testing;
using Platform.SampleModule.V1;

namespace Platform.Core.Tests.Jobs;

[Collection(PlatformCollection.Name)]
public sealed class BackgroundJobTests(SharedPlatform shared)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private readonly TestPlatform platform = shared.Platform;

    private JobService.JobServiceClient Jobs => new(platform.Channel);

    [Fact]
    public async Task A_module_s_job_runs_once_in_the_background_and_takes_effect()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var notes = new NoteService.NoteServiceClient(platform.Channel);

        var enqueued = await notes.EnqueueJobAsync(
            new EnqueueJobRequest { MunicipalityCode = code, Type = "sample.echo", Message = "hej" }, platform.AsAdmin());
        var job = await Poll.UntilJobAsync(platform.Channel, platform.AsAdmin, enqueued.JobId, JobState.Succeeded, Bound);

        Assert.Equal(1, job.Attempts);
        var listed = await notes.ListNotesAsync(new ListNotesRequest { MunicipalityCode = code }, platform.AsAdmin());
        Assert.Equal(["echo: hej"], listed.Notes.Select(n => n.Text));
    }

    [Fact]
    public async Task A_failing_job_is_retried_then_marked_failed_with_its_error_and_can_be_retried_by_an_administrator()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var notes = new NoteService.NoteServiceClient(platform.Channel);

        var enqueued = await notes.EnqueueJobAsync(
            new EnqueueJobRequest { MunicipalityCode = code, Type = "sample.fail", MaxAttempts = 3 }, platform.AsAdmin());
        var failed = await Poll.UntilJobAsync(platform.Channel, platform.AsAdmin, enqueued.JobId, JobState.Failed, Bound);

        Assert.Equal(3, failed.Attempts);
        Assert.Contains("Attempt 3 failed on purpose", failed.LastError);
        var listed = await Jobs.ListJobsAsync(new ListJobsRequest { State = JobState.Failed, Type = "sample.fail" }, platform.AsAdmin());
        Assert.Contains(listed.Jobs, j => j.Id == enqueued.JobId);

        var retried = await Jobs.RetryJobAsync(new RetryJobRequest { Id = enqueued.JobId }, platform.AsAdmin());
        Assert.Equal(0, retried.Attempts);
        var failedAgain = await Poll.UntilJobAsync(platform.Channel, platform.AsAdmin, enqueued.JobId, JobState.Failed, Bound);
        Assert.Equal(3, failedAgain.Attempts);
    }

    [Fact]
    public async Task Retrying_a_job_that_did_not_fail_is_a_failed_precondition_and_a_bad_id_names_the_field()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var enqueued = await new NoteService.NoteServiceClient(platform.Channel).EnqueueJobAsync(
            new EnqueueJobRequest { MunicipalityCode = code, Type = "sample.echo", Message = "x" }, platform.AsAdmin());
        await Poll.UntilJobAsync(platform.Channel, platform.AsAdmin, enqueued.JobId, JobState.Succeeded, Bound);

        await RpcAssert.FailsWith(Grpc.Core.StatusCode.FailedPrecondition, () =>
            Jobs.RetryJobAsync(new RetryJobRequest { Id = enqueued.JobId }, platform.AsAdmin()).ResponseAsync);
        await RpcAssert.InvalidField("id", () => Jobs.RetryJobAsync(new RetryJobRequest { Id = "nope" }, platform.AsAdmin()).ResponseAsync);
        await RpcAssert.FailsWith(Grpc.Core.StatusCode.NotFound, () =>
            Jobs.GetJobAsync(new GetJobRequest { Id = Guid.NewGuid().ToString() }, platform.AsAdmin()).ResponseAsync);
    }
}
