using Platform.Sdk.Data;

namespace Platform.Events.Data.Providers;

internal sealed class SqliteEventsDbFactory()
    : DesignTimeContextFactory<SqliteEventsDb>(DatabaseProvider.Sqlite, EventsModule.Id);
