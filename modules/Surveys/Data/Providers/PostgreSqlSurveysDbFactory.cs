using Platform.Sdk.Data;

namespace Platform.Surveys.Data.Providers;

internal sealed class PostgreSqlSurveysDbFactory()
    : DesignTimeContextFactory<PostgreSqlSurveysDb>(DatabaseProvider.PostgreSql, SurveysModule.Id);
