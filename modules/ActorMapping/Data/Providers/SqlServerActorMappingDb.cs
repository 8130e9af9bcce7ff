using Microsoft.EntityFrameworkCore;

namespace Platform.ActorMapping.Data.Providers;

internal sealed class SqlServerActorMappingDb(DbContextOptions<SqlServerActorMappingDb> options) : ActorMappingDb(options);
