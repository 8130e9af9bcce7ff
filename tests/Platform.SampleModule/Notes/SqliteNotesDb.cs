using Microsoft.EntityFrameworkCore;

namespace Platform.SampleModule.Notes;

public sealed class SqliteNotesDb(DbContextOptions<SqliteNotesDb> options) : NotesDb(options);
