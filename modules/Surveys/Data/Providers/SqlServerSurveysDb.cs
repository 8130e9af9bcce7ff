using Microsoft.EntityFrameworkCore;

namespace Platform.Surveys.Data.Providers;

public sealed class SqlServerSurveysDb(DbContextOptions<SqlServerSurveysDb> options) : SurveysDb(options);
