using Platform.Sdk.Data;

namespace Platform.Reporting.Archive.Providers;

public sealed class SqliteReportingDbFactory()
    : DesignTimeContextFactory<SqliteReportingDb>(DatabaseProvider.Sqlite, ReportingModule.Id);
