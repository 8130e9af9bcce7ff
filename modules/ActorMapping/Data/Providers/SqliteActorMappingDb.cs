using Microsoft.EntityFrameworkCore;

namespace Platform.ActorMapping.Data.Providers;

public sealed class SqliteActorMappingDb(DbContextOptions<SqliteActorMappingDb> options) : ActorMappingDb(options);
