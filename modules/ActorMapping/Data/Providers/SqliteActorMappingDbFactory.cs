using Platform.Sdk.Data;

namespace Platform.ActorMapping.Data.Providers;

internal sealed class SqliteActorMappingDbFactory()
    : DesignTimeContextFactory<SqliteActorMappingDb>(DatabaseProvider.Sqlite, ActorMappingModule.Id);
