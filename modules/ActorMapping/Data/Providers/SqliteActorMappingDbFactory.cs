using Platform.Sdk.Data;

namespace Platform.ActorMapping.Data.Providers;

public sealed class SqliteActorMappingDbFactory()
    : DesignTimeContextFactory<SqliteActorMappingDb>(DatabaseProvider.Sqlite, ActorMappingModule.Id);
