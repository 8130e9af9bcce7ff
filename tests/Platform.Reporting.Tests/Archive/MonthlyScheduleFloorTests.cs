using Platform.Contracts.Reporting.V1;
using Platform.Identity;
using Platform.Testing;

namespace Platform.Reporting.Tests.Archive;

public sealed class MonthlyScheduleFloorTests
{
    [Fact]
    public async Task A_monthly_report_schedule_that_runs_more_often_than_hourly_is_refused_naming_the_cron_expression_and_an_hourly_or_the_default_one_is_kept()
    {
        await using var platform = await TestPlatform.StartAsync(settings: "--Platform:Jobs:MinimumScheduleInterval=01:00:00");
        var id = await Scenario.PartnershipWithMembersAsync(platform, platform.MunicipalityCodes.Take());
        var reports = new ReportService.ReportServiceClient(platform.Channel);
        var centre = platform.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, id));
        Task ScheduleAsync(string cron) => reports.ScheduleMonthlyReportsAsync(
            new ScheduleMonthlyReportsRequest { PartnershipId = id, Format = ReportFormat.Html, CronExpression = cron }, centre).ResponseAsync;

        var everySecond = await RpcAssert.InvalidField("cron_expression", () => ScheduleAsync("* * * * * *"));
        var everyMinute = await RpcAssert.InvalidField("cron_expression", () => ScheduleAsync("* * * * *"));
        await ScheduleAsync("0 * * * *");
        await ScheduleAsync("");

        Assert.All(new[] { everySecond, everyMinute }, refused =>
            Assert.Equal("must not run more often than every 1 hour", refused.Description));
    }
}
