using Platform.Sdk.Data;

namespace Platform.SampleModule.Notes;

public sealed class SqliteNotesDbFactory() : DesignTimeContextFactory<SqliteNotesDb>(DatabaseProvider.Sqlite, SampleModule.Id);
