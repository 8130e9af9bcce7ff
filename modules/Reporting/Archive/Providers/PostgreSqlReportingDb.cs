using Microsoft.EntityFrameworkCore;

namespace Platform.Reporting.Archive.Providers;

internal sealed class PostgreSqlReportingDb(DbContextOptions<PostgreSqlReportingDb> options) : ReportingDb(options);
