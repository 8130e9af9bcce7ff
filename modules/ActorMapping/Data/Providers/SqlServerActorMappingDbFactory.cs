using Platform.Sdk.Data;

namespace Platform.ActorMapping.Data.Providers;

public sealed class SqlServerActorMappingDbFactory()
    : DesignTimeContextFactory<SqlServerActorMappingDb>(DatabaseProvider.SqlServer, ActorMappingModule.Id);
