using Platform.Sdk.Data;

namespace Platform.Reporting.Archive.Providers;

public sealed class PostgreSqlReportingDbFactory()
    : DesignTimeContextFactory<PostgreSqlReportingDb>(DatabaseProvider.PostgreSql, ReportingModule.Id);
