using Microsoft.EntityFrameworkCore;

namespace Platform.Events.Data.Providers;

internal sealed class PostgreSqlEventsDb(DbContextOptions<PostgreSqlEventsDb> options) : EventsDb(options);
