using Platform.Sdk.Data;

namespace Platform.Events.Data.Providers;

internal sealed class PostgreSqlEventsDbFactory()
    : DesignTimeContextFactory<PostgreSqlEventsDb>(DatabaseProvider.PostgreSql, EventsModule.Id);
