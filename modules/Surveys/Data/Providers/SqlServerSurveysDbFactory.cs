using Platform.Sdk.Data;

namespace Platform.Surveys.Data.Providers;

public sealed class SqlServerSurveysDbFactory()
    : DesignTimeContextFactory<SqlServerSurveysDb>(DatabaseProvider.SqlServer, SurveysModule.Id);
