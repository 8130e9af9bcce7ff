using Microsoft.Extensions.DependencyInjection;
using Platform.Sdk.Errors;
using Platform.Sdk.Jobs;
using Platform.Testing;

namespace Platform.Core.Tests.Jobs;

public sealed class ScheduleFloorTests
{
    [Fact]
    public async Task A_schedule_that_would_run_more_often_than_the_configured_floor_is_refused_naming_the_cron_expression()
    {
        await using var platform = await TestPlatform.StartAsync(settings: "--Platform:Jobs:MinimumScheduleInterval=01:00:00");
        var queue = platform.Services.GetRequiredService<IJobQueue>();

        var everySecond = await Assert.ThrowsAsync<InvalidInputException>(() =>
            queue.ScheduleAsync("floor-seconds", "sample.fail", "* * * * * *", "{}", "Europe/Copenhagen", CancellationToken.None));
        var everyMinute = await Assert.ThrowsAsync<InvalidInputException>(() =>
            queue.ScheduleAsync("floor-every-minute", "sample.fail", "* * * * *", "{}", "Europe/Copenhagen", CancellationToken.None));
        var twiceAnHour = await Assert.ThrowsAsync<InvalidInputException>(() =>
            queue.ScheduleAsync("floor-minutes", "sample.fail", "0,30 6 * * *", "{}", "Europe/Copenhagen", CancellationToken.None));
        await queue.ScheduleAsync("floor-hourly", "sample.fail", "0 * * * *", "{}", "Europe/Copenhagen", CancellationToken.None);
        await queue.ScheduleAsync("floor-monthly", "sample.fail", "0 6 1 * *", "{}", "Europe/Copenhagen", CancellationToken.None);

        Assert.All(new[] { everySecond, everyMinute, twiceAnHour }, refused => Assert.Equal(
            new FieldViolation("cron_expression", "must not run more often than every 1 hour"), Assert.Single(refused.Violations)));
    }
}
