using Microsoft.EntityFrameworkCore;

namespace Platform.Events.Data.Providers;

public sealed class PostgreSqlEventsDb(DbContextOptions<PostgreSqlEventsDb> options) : EventsDb(options);
