using Platform.Sdk.Data;

namespace Platform.Events.Data.Providers;

public sealed class SqliteEventsDbFactory()
    : DesignTimeContextFactory<SqliteEventsDb>(DatabaseProvider.Sqlite, EventsModule.Id);
