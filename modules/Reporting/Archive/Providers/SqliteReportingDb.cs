using Microsoft.EntityFrameworkCore;

namespace Platform.Reporting.Archive.Providers;

internal sealed class SqliteReportingDb(DbContextOptions<SqliteReportingDb> options) : ReportingDb(options);
