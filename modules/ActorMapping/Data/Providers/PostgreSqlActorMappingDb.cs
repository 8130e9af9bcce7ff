using Microsoft.EntityFrameworkCore;

namespace Platform.ActorMapping.Data.Providers;

public sealed class PostgreSqlActorMappingDb(DbContextOptions<PostgreSqlActorMappingDb> options) : ActorMappingDb(options);
