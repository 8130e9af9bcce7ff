using Microsoft.EntityFrameworkCore;

namespace Platform.Reporting.Archive.Providers;

public sealed class PostgreSqlReportingDb(DbContextOptions<PostgreSqlReportingDb> options) : ReportingDb(options);
