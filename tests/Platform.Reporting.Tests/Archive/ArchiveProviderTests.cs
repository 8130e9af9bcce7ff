using Platform.Contracts.Core.V1;
using Platform.Contracts.Reporting.V1;
using Platform.Reporting.Tests.Infrastructure;
using Platform.Sdk.Data;
using Platform.Testing;

namespace Platform.Reporting.Tests.Archive;

/// <summary>The report archive and the reports on each database the platform runs on.</summary>
public sealed class ArchiveProviderTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Reports_are_computed_archived_listed_and_read_back_alike_on_each_database(DatabaseProvider provider)
    {
        await using var platform = await TestPlatform.StartAsync(settings: [.. await TestDatabases.NewDatabaseAsync(provider), ReportingPlatform.AuthorsSectionHint]);
        var data = KnownDataSet.For(platform.MunicipalityCodes);
        var id = await Scenario.PartnershipWithMembersAsync(platform, [.. data.Codes]);
        await data.SeedAsync(platform);
        var reports = new ReportService.ReportServiceClient(platform.Channel);
        var scope = new ReportScope { PartnershipId = id };

        var (_, report) = await ReportCalls.PartnershipAsync(reports, id, platform.AsAdmin());
        var job = await reports.ArchiveReportAsync(new ArchiveReportRequest { Scope = scope, Period = KnownDataSet.Period, Format = ReportFormat.Xlsx }, platform.AsAdmin());
        await Poll.UntilJobAsync(platform.Channel, platform.AsAdmin, job.JobId, JobState.Succeeded, TimeSpan.FromSeconds(60));
        var archived = Assert.Single((await reports.ListArchivedReportsAsync(new ListArchivedReportsRequest { Scope = scope }, platform.AsAdmin())).Reports);
        var file = await reports.GetArchivedReportAsync(new GetArchivedReportRequest { Scope = scope, Id = archived.Id }, platform.AsAdmin());

        Assert.Equal((await ExpectedReport.LinesAsync(platform, data, withTotals: true)).Order(), ReportCalls.Lines(report, KnownDataSet.Prefix).Order());
        Assert.Equal((ReportFormat.Xlsx, file.Content.Length), (archived.Format, (int)archived.SizeBytes));
        Assert.Equal("PK"u8.ToArray(), file.Content.Span[..2].ToArray());
    }
}
