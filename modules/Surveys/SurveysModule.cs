using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Sdk.Callers;
using Platform.Sdk.Modules;
using Platform.Sdk.Tenancy;
using Platform.Sdk.Web;
using Platform.Surveys.Collection;
using Platform.Surveys.Data.Providers;
using Platform.Surveys.Data;
using Platform.Surveys.Definitions;
using Platform.Surveys.Indicators;
using Platform.Surveys.Results;
using Platform.Surveys.Web.Editor;
using Platform.Surveys.Web.Links;
using Platform.Surveys.Web;

namespace Platform.Surveys;

/// <summary>
/// Surveys: versioned definitions and templates, anonymous collection through links and paper imports, and
/// suppressed results. It stores no personal data by design (no identity, address or exact time with an answer),
/// so it has no personal-data handler.
/// </summary>
public sealed class SurveysModule : IPlatformModule
{
    public const string Id = "surveys";

    public ModuleManifest Manifest { get; } = new(Id, "Surveys", "0.1.0", PlatformContract.Version, []);

    public void Register(IModuleBuilder module)
    {
        module.AddOptions<CollectionOptions>();
        module.Services.AddScoped<SurveyCatalogue>();
        module.Services.AddScoped<ResponseCollection>();
        module.Services.AddScoped<LinkAddresses>();
        module.Services.AddScoped<ResultTables>();
        module.Services.AddScoped<SurveyLabels>();
        module
            .AddGrpcService<SurveyGrpcService>()
            .AddGrpcService<CollectionGrpcService>()
            .AddGrpcService<ResultGrpcService>()
            .AddDatabase<SurveysDb>(providers => providers
                .Sqlite<SqliteSurveysDb>()
                .PostgreSql<PostgreSqlSurveysDb>()
                .SqlServer<SqlServerSurveysDb>())
            .AddJobHandler<CloseLinkJob>(CloseLinkJob.Type)
            .AddIndicators<ResponseCountIndicator>()
            .AddIndicators<PositiveShareIndicator>()
            .AddIndicators<OpenSurveysIndicator>()
            .AddMunicipalityDataCheck<SurveysDb>(async (db, cancellationToken) =>
                await db.Surveys.AnyAsync(cancellationToken) || await db.Responses.AnyAsync(cancellationToken))
            .DescribeData(
                new DataCategory(AccessLevel.Aggregate, "Spørgeskemaer og offentliggjorte optællinger af svar (små grupper skjules)", "Surveys and published counts of answers (small groups hidden)"),
                new DataCategory(AccessLevel.Read, "De enkelte besvarelser", "The individual responses"))
            .MapEndpoints(AnswerPageEndpoints.Map)
            .MapEndpoints(endpoints => endpoints.MapPublicNotices(Id, SurveyPrivacy.Facts))
            .MapEndpoints(PreviewEndpoints.Map)
            .MapEndpoints(QrEndpoints.Map)
            .AddPages(
                new ModuleNavigationEntry("{municipality}/surveys", "Spørgeskemaer", "Surveys", AccessLevel.Read),
                new ModuleNavigationEntry("partnership/{partnership}/surveys", "Spørgeskemaer", "Surveys", AccessLevel.Aggregate));
    }
}
