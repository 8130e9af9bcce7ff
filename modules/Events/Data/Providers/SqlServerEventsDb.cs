using Microsoft.EntityFrameworkCore;

namespace Platform.Events.Data.Providers;

public sealed class SqlServerEventsDb(DbContextOptions<SqlServerEventsDb> options) : EventsDb(options);
