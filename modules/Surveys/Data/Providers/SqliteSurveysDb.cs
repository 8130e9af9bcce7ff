using Microsoft.EntityFrameworkCore;

namespace Platform.Surveys.Data.Providers;

public sealed class SqliteSurveysDb(DbContextOptions<SqliteSurveysDb> options) : SurveysDb(options);
