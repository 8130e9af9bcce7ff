using Platform.Sdk.Data;

namespace Platform.ActorMapping.Data.Providers;

internal sealed class PostgreSqlActorMappingDbFactory()
    : DesignTimeContextFactory<PostgreSqlActorMappingDb>(DatabaseProvider.PostgreSql, ActorMappingModule.Id);
