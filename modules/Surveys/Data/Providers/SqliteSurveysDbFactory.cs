using Platform.Sdk.Data;

namespace Platform.Surveys.Data.Providers;

public sealed class SqliteSurveysDbFactory()
    : DesignTimeContextFactory<SqliteSurveysDb>(DatabaseProvider.Sqlite, SurveysModule.Id);
