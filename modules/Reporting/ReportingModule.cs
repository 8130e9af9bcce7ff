using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Reporting.Archive.Providers;
using Platform.Reporting.Archive;
using Platform.Reporting.Formats;
using Platform.Reporting.Generation;
using Platform.Reporting.Indicators;
using Platform.Reporting.Plan;
using Platform.Reporting.Service;
using Platform.Reporting.Web.Plan;
using Platform.Sdk.Callers;
using Platform.Sdk.Modules;
using Platform.Sdk.Tenancy;

namespace Platform.Reporting;

public sealed class ReportingModule : IPlatformModule
{
    public const string Id = "reporting";

    public ModuleManifest Manifest { get; } = new(Id, "Reporting", "0.1.0", PlatformContract.Version, []);

    public void Register(IModuleBuilder module)
    {
        module.Services.AddSingleton(SectionMap.From(module.AddOptions<ReportingOptions>()));
        module.Services.AddScoped<ReportBuilder>();
        module.Services.AddScoped<ReportTargets>();
        module.Services.AddScoped<ReportArchive>();
        module.Services.AddScoped<ReportDesk>();
        module.Services.AddSingleton<ReportFiles>();
        module.Services.AddScoped<PartnershipPlans>();
        module.Services.AddScoped<PlanLabels>();
        module.Services.AddScoped<StatusSection>();
        module.Services.AddScoped<IWorkstreamStatuses, PlanStatuses>();
        module
            .AddGrpcService<ReportGrpcService>()
            .AddGrpcService<PlanGrpcService>()
            .AddDatabase<ReportingDb>(providers => providers
                .Sqlite<SqliteReportingDb>()
                .PostgreSql<PostgreSqlReportingDb>()
                .SqlServer<SqlServerReportingDb>())
            .AddJobHandler<GenerateReportJobHandler>(GenerateReportJobHandler.Type)
            .AddJobHandler<MonthlyReportJobHandler>(MonthlyReportJobHandler.Type)
            .AddIndicators<ArchivedReportsIndicator>()
            .AddMunicipalityDataCheck<ReportingDb>(async (db, cancellationToken) =>
                await db.MunicipalityReports.AnyAsync(cancellationToken) || await db.PlanMemberStates.AnyAsync(cancellationToken)
                || await db.PlanQuarterNotes.AnyAsync(cancellationToken))
            .DescribeData(
                new DataCategory(AccessLevel.Aggregate, "Statusrapporter og rapportarkivet", "Status reports and the report archive"),
                new DataCategory(AccessLevel.Aggregate, "Status og kvartalsnoter i partnerskabets plan", "Status and quarterly notes in the partnership's plan"))
            .MapEndpoints(ReportDownloads.Map)
            .AddPages(
                new ModuleNavigationEntry("{municipality}/report", "Statusrapport", "Status report", AccessLevel.Aggregate),
                new ModuleNavigationEntry("{municipality}/archive", "Rapportarkiv", "Report archive", AccessLevel.Aggregate),
                new ModuleNavigationEntry("{municipality}/plan", "Plan og status", "Plan and status", AccessLevel.Read),
                new ModuleNavigationEntry("partnership/{partnership}/report", "Statusrapport", "Status report", AccessLevel.Aggregate),
                new ModuleNavigationEntry("partnership/{partnership}/archive", "Rapportarkiv", "Report archive", AccessLevel.Aggregate),
                new ModuleNavigationEntry("partnership/{partnership}/plan", "Plan og status", "Plan and status", AccessLevel.Aggregate));
    }
}
