using Microsoft.EntityFrameworkCore;

namespace Platform.Surveys.Data.Providers;

internal sealed class SqliteSurveysDb(DbContextOptions<SqliteSurveysDb> options) : SurveysDb(options);
