using Microsoft.EntityFrameworkCore;

namespace Platform.SampleModule.Notes;

public sealed class PostgreSqlNotesDb(DbContextOptions<PostgreSqlNotesDb> options) : NotesDb(options);
