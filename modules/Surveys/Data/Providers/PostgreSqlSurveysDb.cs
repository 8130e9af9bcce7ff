using Microsoft.EntityFrameworkCore;

namespace Platform.Surveys.Data.Providers;

internal sealed class PostgreSqlSurveysDb(DbContextOptions<PostgreSqlSurveysDb> options) : SurveysDb(options);
