using Platform.Sdk.Data;

namespace Platform.ActorMapping.Data.Providers;

internal sealed class SqlServerActorMappingDbFactory()
    : DesignTimeContextFactory<SqlServerActorMappingDb>(DatabaseProvider.SqlServer, ActorMappingModule.Id);
