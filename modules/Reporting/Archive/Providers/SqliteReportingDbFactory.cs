using Platform.Sdk.Data;

namespace Platform.Reporting.Archive.Providers;

internal sealed class SqliteReportingDbFactory()
    : DesignTimeContextFactory<SqliteReportingDb>(DatabaseProvider.Sqlite, ReportingModule.Id);
