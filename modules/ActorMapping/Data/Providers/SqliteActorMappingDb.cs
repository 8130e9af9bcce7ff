using Microsoft.EntityFrameworkCore;

namespace Platform.ActorMapping.Data.Providers;

internal sealed class SqliteActorMappingDb(DbContextOptions<SqliteActorMappingDb> options) : ActorMappingDb(options);
