using Platform.Sdk.Data;

namespace Platform.ActorMapping.Data.Providers;

public sealed class PostgreSqlActorMappingDbFactory()
    : DesignTimeContextFactory<PostgreSqlActorMappingDb>(DatabaseProvider.PostgreSql, ActorMappingModule.Id);
