using Microsoft.EntityFrameworkCore;

namespace Platform.Surveys.Data.Providers;

public sealed class PostgreSqlSurveysDb(DbContextOptions<PostgreSqlSurveysDb> options) : SurveysDb(options);
