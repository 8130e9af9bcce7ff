using System.Text;
using Grpc.Core;
using Platform.Contracts.Core.V1;
using Platform.Contracts.Reporting.V1;
using Platform.Identity;
using Platform.Reporting.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Reporting.Tests.Archive;

[Collection(ReportingCollection.Name)]
public sealed class ReportArchiveTests(ReportingPlatform shared)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private readonly TestPlatform platform = shared.Platform;

    private ReportService.ReportServiceClient Reports => new(platform.Channel);

    [Fact]
    public async Task An_archived_report_is_generated_once_in_the_background_then_listed_and_read_back_by_the_partner_centre()
    {
        var data = KnownDataSet.For(platform.MunicipalityCodes);
        var id = await Scenario.PartnershipWithMembersAsync(platform, [.. data.Codes]);
        await data.SeedAsync(platform);
        var centre = platform.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, id));
        var request = new ArchiveReportRequest { Scope = new ReportScope { PartnershipId = id }, Period = KnownDataSet.Period, Format = ReportFormat.Csv };

        var first = await Reports.ArchiveReportAsync(request, centre);
        await Poll.UntilJobAsync(platform.Channel, platform.AsAdmin, first.JobId, JobState.Succeeded, Bound);
        var again = await Reports.ArchiveReportAsync(request, centre);

        Assert.Equal(first.JobId, again.JobId);
        var listed = await Reports.ListArchivedReportsAsync(new ListArchivedReportsRequest { Scope = request.Scope }, centre);
        var archived = Assert.Single(listed.Reports);
        Assert.Equal((2026, 2, ReportFormat.Csv), (archived.Period.Year, archived.Period.Quarter_, archived.Format));
        var file = await Reports.GetArchivedReportAsync(new GetArchivedReportRequest { Scope = request.Scope, Id = archived.Id }, centre);
        Assert.Equal(archived.SizeBytes, file.Content.Length);
        Assert.Contains(await ExpectedReport.AuthorsCsvAsync(platform, data, ""), Encoding.UTF8.GetString(file.Content.Span).Split("\r\n"));
    }

    [Fact]
    public async Task Another_partnership_s_centre_neither_lists_nor_reads_the_archive()
    {
        var ourMember = platform.MunicipalityCodes.Take();
        var theirMember = platform.MunicipalityCodes.Take();
        var ours = await Scenario.PartnershipWithMembersAsync(platform, ourMember);
        var theirs = await Scenario.PartnershipWithMembersAsync(platform, theirMember);
        var scope = new ReportScope { PartnershipId = theirs };
        var job = await Reports.ArchiveReportAsync(new ArchiveReportRequest { Scope = scope, Period = KnownDataSet.Period, Format = ReportFormat.Html }, platform.AsAdmin());
        await Poll.UntilJobAsync(platform.Channel, platform.AsAdmin, job.JobId, JobState.Succeeded, Bound);
        var archived = (await Reports.ListArchivedReportsAsync(new ListArchivedReportsRequest { Scope = scope }, platform.AsAdmin())).Reports.Single();
        var centre = platform.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, ours));

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Reports.ListArchivedReportsAsync(new ListArchivedReportsRequest { Scope = scope }, centre).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            Reports.GetArchivedReportAsync(new GetArchivedReportRequest { Scope = scope, Id = archived.Id }, centre).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Reports.GetArchivedReportAsync(
            new GetArchivedReportRequest { Scope = new ReportScope { PartnershipId = ours }, Id = archived.Id }, platform.AsAdmin()).ResponseAsync);
        await RpcAssert.InvalidField("id", () => Reports.GetArchivedReportAsync(
            new GetArchivedReportRequest { Scope = scope, Id = "not-an-id" }, platform.AsAdmin()).ResponseAsync);
    }

    [Fact]
    public async Task A_member_s_archive_and_its_partnership_s_archive_each_hold_only_their_own_reports()
    {
        var member = platform.MunicipalityCodes.Take();
        var id = await Scenario.PartnershipWithMembersAsync(platform, member);
        var ofPartnership = new ReportScope { PartnershipId = id };
        var ofMember = new ReportScope { MunicipalityCode = member };
        foreach (var (scope, format) in new[] { (ofPartnership, ReportFormat.Html), (ofMember, ReportFormat.Csv) })
        {
            var job = await Reports.ArchiveReportAsync(new ArchiveReportRequest { Scope = scope, Period = KnownDataSet.Period, Format = format }, platform.AsAdmin());
            await Poll.UntilJobAsync(platform.Channel, platform.AsAdmin, job.JobId, JobState.Succeeded, Bound);
        }

        var coordinator = platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, member));
        var viewer = platform.As(RoleGrant.ForPartnership(PlatformRole.Viewer, id));
        var partnershipReport = Assert.Single((await Reports.ListArchivedReportsAsync(new ListArchivedReportsRequest { Scope = ofPartnership }, viewer)).Reports);
        var memberReport = Assert.Single((await Reports.ListArchivedReportsAsync(new ListArchivedReportsRequest { Scope = ofMember }, coordinator)).Reports);

        Assert.Equal((ReportFormat.Html, ReportFormat.Csv), (partnershipReport.Format, memberReport.Format));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            Reports.ListArchivedReportsAsync(new ListArchivedReportsRequest { Scope = ofPartnership }, coordinator).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Reports.GetArchivedReportAsync(
            new GetArchivedReportRequest { Scope = ofMember, Id = partnershipReport.Id }, coordinator).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Reports.GetArchivedReportAsync(
            new GetArchivedReportRequest { Scope = ofPartnership, Id = memberReport.Id }, viewer).ResponseAsync);
    }

    [Fact]
    public async Task The_day_a_member_s_last_report_was_made_is_a_figure_of_its_own_archive_that_reports_themselves_leave_out()
    {
        var (member, other) = (platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take());
        await Scenario.PartnershipWithMembersAsync(platform, member, other);
        var job = await Reports.ArchiveReportAsync(new ArchiveReportRequest
        {
            Scope = new ReportScope { MunicipalityCode = member }, Period = KnownDataSet.Period, Format = ReportFormat.Csv,
        }, platform.AsAdmin());
        await Poll.UntilJobAsync(platform.Channel, platform.AsAdmin, job.JobId, JobState.Succeeded, Bound);
        var today = DateTime.UtcNow;

        Task<IndicatorFigures> MadeAsync(string code) => Reports.GetIndicatorAsync(new GetIndicatorRequest
        {
            IndicatorId = "reporting.archived-reports", Period = ReportCalls.ThisQuarter(), Scope = new ReportScope { MunicipalityCode = code },
        }, platform.AsAdmin()).ResponseAsync;

        var made = Assert.Single((await MadeAsync(member)).Rows);
        Assert.Equal((today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), 1d), (made.Dimensions["made-on"], made.Current.Value));
        Assert.Empty((await MadeAsync(other)).Rows);
        var (_, report) = await ReportCalls.MunicipalityAsync(Reports, member, platform.AsAdmin());
        Assert.DoesNotContain(report.Sections.SelectMany(s => s.Indicators), i => i.Indicator.Id == "reporting.archived-reports");
    }

    [Fact]
    public async Task A_monthly_schedule_set_by_the_centre_generates_the_last_quarter_s_report_into_the_archive()
    {
        var code = platform.MunicipalityCodes.Take();
        var id = await Scenario.PartnershipWithMembersAsync(platform, code);
        var centre = platform.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, id));
        var viewer = platform.As(RoleGrant.ForPartnership(PlatformRole.Viewer, id));
        var scope = new ReportScope { PartnershipId = id };

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Reports.ScheduleMonthlyReportsAsync(
            new ScheduleMonthlyReportsRequest { PartnershipId = id, Format = ReportFormat.Html }, viewer).ResponseAsync);
        await RpcAssert.InvalidField("cron_expression", () => Reports.ScheduleMonthlyReportsAsync(
            new ScheduleMonthlyReportsRequest { PartnershipId = id, Format = ReportFormat.Html, CronExpression = "monthly" }, centre).ResponseAsync);
        // Every two seconds instead of monthly, so the test sees a run; the default is "0 6 1 * *".
        var scheduled = await Reports.ScheduleMonthlyReportsAsync(
            new ScheduleMonthlyReportsRequest { PartnershipId = id, Format = ReportFormat.Html, CronExpression = "*/2 * * * * *" }, centre);

        var jobs = new JobService.JobServiceClient(platform.Channel);
        var succeeded = await Poll.UntilAsync("a monthly job of the schedule to succeed", async () =>
            {
                var done = await jobs.ListJobsAsync(new ListJobsRequest { State = JobState.Succeeded, Type = "reporting.monthly", PageSize = 500 }, platform.AsAdmin());
                return done.Jobs.Where(j => j.ScheduleId == scheduled.ScheduleId).ToList();
            },
            ofSchedule => ofSchedule.Count > 0, Bound);

        var archived = (await Reports.ListArchivedReportsAsync(new ListArchivedReportsRequest { Scope = scope }, centre)).Reports;
        var lastQuarter = LastFullQuarter(DateTime.UtcNow);
        Assert.NotEmpty(archived);
        Assert.All(archived, report => Assert.Equal((lastQuarter.Year, lastQuarter.Quarter, ReportFormat.Html),
            (report.Period.Year, report.Period.Quarter_, report.Format)));
        Assert.Equal(scheduled.ScheduleId, succeeded[0].ScheduleId);
    }

    private static (int Year, int Quarter) LastFullQuarter(DateTime now)
    {
        var quarter = ((now.Month - 1) / 3) + 1;
        return quarter == 1 ? (now.Year - 1, 4) : (now.Year, quarter - 1);
    }
}
