using Platform.Sdk.Data;

namespace Platform.Events.Data.Providers;

public sealed class SqlServerEventsDbFactory()
    : DesignTimeContextFactory<SqlServerEventsDb>(DatabaseProvider.SqlServer, EventsModule.Id);
