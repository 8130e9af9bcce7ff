using Microsoft.EntityFrameworkCore;

namespace Platform.Reporting.Archive.Providers;

internal sealed class SqlServerReportingDb(DbContextOptions<SqlServerReportingDb> options) : ReportingDb(options);
