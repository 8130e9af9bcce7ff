using Microsoft.EntityFrameworkCore;

namespace Platform.Reporting.Archive.Providers;

public sealed class SqliteReportingDb(DbContextOptions<SqliteReportingDb> options) : ReportingDb(options);
