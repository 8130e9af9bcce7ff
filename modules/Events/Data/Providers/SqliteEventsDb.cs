using Microsoft.EntityFrameworkCore;

namespace Platform.Events.Data.Providers;

public sealed class SqliteEventsDb(DbContextOptions<SqliteEventsDb> options) : EventsDb(options);
