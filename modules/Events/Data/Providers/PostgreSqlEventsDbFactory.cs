using Platform.Sdk.Data;

namespace Platform.Events.Data.Providers;

public sealed class PostgreSqlEventsDbFactory()
    : DesignTimeContextFactory<PostgreSqlEventsDb>(DatabaseProvider.PostgreSql, EventsModule.Id);
