using Microsoft.EntityFrameworkCore;

namespace Platform.ActorMapping.Data.Providers;

public sealed class SqlServerActorMappingDb(DbContextOptions<SqlServerActorMappingDb> options) : ActorMappingDb(options);
