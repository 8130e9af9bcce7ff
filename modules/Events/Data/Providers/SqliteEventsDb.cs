using Microsoft.EntityFrameworkCore;

namespace Platform.Events.Data.Providers;

internal sealed class SqliteEventsDb(DbContextOptions<SqliteEventsDb> options) : EventsDb(options);
