using Platform.Sdk.Data;

namespace Platform.Events.Data.Providers;

internal sealed class SqlServerEventsDbFactory()
    : DesignTimeContextFactory<SqlServerEventsDb>(DatabaseProvider.SqlServer, EventsModule.Id);
