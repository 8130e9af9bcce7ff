using Platform.Sdk.Data;

namespace Platform.SampleModule.Notes;

public sealed class PostgreSqlNotesDbFactory() : DesignTimeContextFactory<PostgreSqlNotesDb>(DatabaseProvider.PostgreSql, SampleModule.Id);
