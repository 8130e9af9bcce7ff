using Microsoft.EntityFrameworkCore;

namespace Platform.ActorMapping.Data.Providers;

internal sealed class PostgreSqlActorMappingDb(DbContextOptions<PostgreSqlActorMappingDb> options) : ActorMappingDb(options);
