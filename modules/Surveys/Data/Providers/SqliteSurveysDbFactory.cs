using Platform.Sdk.Data;

namespace Platform.Surveys.Data.Providers;

internal sealed class SqliteSurveysDbFactory()
    : DesignTimeContextFactory<SqliteSurveysDb>(DatabaseProvider.Sqlite, SurveysModule.Id);
