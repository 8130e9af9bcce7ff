using Microsoft.EntityFrameworkCore;

namespace Platform.Events.Data.Providers;

internal sealed class SqlServerEventsDb(DbContextOptions<SqlServerEventsDb> options) : EventsDb(options);
