using Microsoft.EntityFrameworkCore;

namespace Platform.Reporting.Archive.Providers;

public sealed class SqlServerReportingDb(DbContextOptions<SqlServerReportingDb> options) : ReportingDb(options);
