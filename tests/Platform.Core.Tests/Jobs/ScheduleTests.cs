using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Core.V1;
using Platform.Core.Tests.Infrastructure;
using Platform.Sdk.Errors;
using Platform.Sdk.Jobs;
using Platform.Testing;

namespace Platform.Core.Tests.Jobs;

[Collection(PlatformCollection.Name)]
public sealed class ScheduleTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_recurring_schedule_enqueues_a_job_at_each_occurrence()
    {
        var queue = platform.Services.GetRequiredService<IJobQueue>();
        var scheduleId = "every-second-" + Guid.NewGuid().ToString("N")[..8];

        await queue.ScheduleAsync(scheduleId, "sample.fail", "* * * * * *", "{}", "Europe/Copenhagen", CancellationToken.None);

        var jobs = new JobService.JobServiceClient(platform.Channel);
        var scheduled = await Poll.UntilAsync("two jobs of the schedule", async () =>
            {
                var listed = await jobs.ListJobsAsync(new ListJobsRequest { Type = "sample.fail", PageSize = 500 }, platform.AsAdmin());
                return listed.Jobs.Where(job => job.ScheduleId == scheduleId).ToList();
            },
            ofSchedule => ofSchedule.Count >= 2, TimeSpan.FromSeconds(60));

        Assert.Equal(scheduled.Count, scheduled.Select(job => job.RunAt).Distinct().Count());
        await queue.ScheduleAsync(scheduleId, "sample.fail", "0 0 1 1 *", "{}", "Europe/Copenhagen", CancellationToken.None);
    }

    [Fact]
    public async Task A_schedule_with_a_bad_cron_expression_or_time_zone_names_the_field()
    {
        var queue = platform.Services.GetRequiredService<IJobQueue>();

        var cron = await Assert.ThrowsAsync<InvalidInputException>(() =>
            queue.ScheduleAsync("bad", "sample.fail", "every monday", "{}", "Europe/Copenhagen", CancellationToken.None));
        var zone = await Assert.ThrowsAsync<InvalidInputException>(() =>
            queue.ScheduleAsync("bad", "sample.fail", "0 6 1 * *", "{}", "Mars/Olympus", CancellationToken.None));

        Assert.Equal("cron_expression", Assert.Single(cron.Violations).Field);
        Assert.Equal("time_zone_id", Assert.Single(zone.Violations).Field);
    }
}
