using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Callers;
using Platform.Sdk.PersonalData;
using Platform.Sdk.Tenancy;

namespace Platform.SampleModule.Notes;

/// <summary>A note's author e-mail is personal data: exported, and erased by blanking it.</summary>
public sealed class NoteAuthors(ITenantDbContextFactory<NotesDb> notes) : IPersonalDataHandler
{
    /// <summary>Danish letters stay readable in the export a person receives.</summary>
    private static readonly JsonSerializerOptions ReadableJson = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public async Task<IReadOnlyList<PersonalDataRecord>> ExportAsync(PersonReference person, CancellationToken cancellationToken)
    {
        await using var db = await notes.OpenAsync(person.MunicipalityCode, AccessLevel.Read, cancellationToken);
        var written = await Written(db, person).ToListAsync(cancellationToken);
        return [.. written.Select(n => new PersonalDataRecord("note author", JsonSerializer.Serialize(new { n.Id, n.Text, n.AuthorEmail }, ReadableJson)))];
    }

    public async Task<int> EraseAsync(PersonReference person, CancellationToken cancellationToken)
    {
        await using var db = await notes.OpenAsync(person.MunicipalityCode, AccessLevel.Manage, cancellationToken);
        var written = await Written(db, person).ToListAsync(cancellationToken);
        written.ForEach(n => n.AuthorEmail = "");
        await db.SaveChangesAsync(cancellationToken);
        return written.Count;
    }

    /// <summary>Notes only carry an author's address: matched in any letter case; a name alone finds nothing.</summary>
    private static IQueryable<Note> Written(NotesDb db, PersonReference person)
    {
        var key = person.Email?.Trim().ToLowerInvariant();
        return db.Notes.Where(n => key != null && n.AuthorEmail.ToLower() == key);
    }
}
