using Platform.Sdk.Data;

namespace Platform.Reporting.Archive.Providers;

internal sealed class PostgreSqlReportingDbFactory()
    : DesignTimeContextFactory<PostgreSqlReportingDb>(DatabaseProvider.PostgreSql, ReportingModule.Id);
