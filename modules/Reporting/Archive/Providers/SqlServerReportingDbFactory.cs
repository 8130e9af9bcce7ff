using Platform.Sdk.Data;

namespace Platform.Reporting.Archive.Providers;

public sealed class SqlServerReportingDbFactory()
    : DesignTimeContextFactory<SqlServerReportingDb>(DatabaseProvider.SqlServer, ReportingModule.Id);
