using Microsoft.EntityFrameworkCore;

namespace Platform.Surveys.Data.Providers;

internal sealed class SqlServerSurveysDb(DbContextOptions<SqlServerSurveysDb> options) : SurveysDb(options);
