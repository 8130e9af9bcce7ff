using Platform.Sdk.Data;

namespace Platform.Surveys.Data.Providers;

internal sealed class SqlServerSurveysDbFactory()
    : DesignTimeContextFactory<SqlServerSurveysDb>(DatabaseProvider.SqlServer, SurveysModule.Id);
