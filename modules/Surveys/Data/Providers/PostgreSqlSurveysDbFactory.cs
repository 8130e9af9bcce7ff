using Platform.Sdk.Data;

namespace Platform.Surveys.Data.Providers;

public sealed class PostgreSqlSurveysDbFactory()
    : DesignTimeContextFactory<PostgreSqlSurveysDb>(DatabaseProvider.PostgreSql, SurveysModule.Id);
