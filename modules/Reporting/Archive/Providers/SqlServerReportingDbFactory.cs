using Platform.Sdk.Data;

namespace Platform.Reporting.Archive.Providers;

internal sealed class SqlServerReportingDbFactory()
    : DesignTimeContextFactory<SqlServerReportingDb>(DatabaseProvider.SqlServer, ReportingModule.Id);
