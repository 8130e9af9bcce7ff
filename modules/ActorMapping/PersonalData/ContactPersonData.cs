using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Platform.ActorMapping.Data;
using Platform.Sdk.Callers;
using Platform.Sdk.PersonalData;
using Platform.Sdk.Tenancy;

namespace Platform.ActorMapping.PersonalData;

/// <summary>Contact persons of actors: exported, and erased (removed from the actor) per person.</summary>
internal sealed class ContactPersonData(ITenantDbContextFactory<ActorMappingDb> databases) : IPersonalDataHandler
{
    private static readonly JsonSerializerOptions ReadableJson = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public async Task<IReadOnlyList<PersonalDataRecord>> ExportAsync(PersonReference person, CancellationToken cancellationToken)
    {
        await using var db = await databases.OpenAsync(person.MunicipalityCode, AccessLevel.Read, cancellationToken);
        var found = await Matching(db, person).ToListAsync(cancellationToken);
        return [.. found.Select(c => new PersonalDataRecord("actor contact person", JsonSerializer.Serialize(new { c.ActorId, c.Name, c.Role, c.Email, c.Phone }, ReadableJson)))];
    }

    public async Task<int> EraseAsync(PersonReference person, CancellationToken cancellationToken)
    {
        await using var db = await databases.OpenAsync(person.MunicipalityCode, AccessLevel.Manage, cancellationToken);
        var found = await Matching(db, person).ToListAsync(cancellationToken);
        db.ContactPersons.RemoveRange(found);
        await db.SaveChangesAsync(cancellationToken);
        return found.Count;
    }

    /// <summary>By the e-mail address in any letter case, or by name when the reference has one (an export's, never an erasure's).</summary>
    private static IQueryable<ContactPersonRecord> Matching(ActorMappingDb db, PersonReference person)
    {
        var emailKey = person.Email?.Trim().ToLowerInvariant();
        return db.ContactPersons.Where(c =>
            (emailKey != null && c.Email != null && c.Email.ToLower() == emailKey) || (person.Name != null && c.Name == person.Name));
    }
}
