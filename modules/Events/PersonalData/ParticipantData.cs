using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Platform.Events.Data;
using Platform.Sdk.Callers;
using Platform.Sdk.PersonalData;
using Platform.Sdk.Tenancy;

namespace Platform.Events.PersonalData;

/// <summary>
/// Participants of events: exported, and erased per person by anonymising their registrations and deleting the
/// e-mails to them. The registration stays (group, seats, status, attendance), so the event's counts do not change.
/// </summary>
internal sealed class ParticipantData(ITenantDbContextFactory<EventsDb> databases) : IPersonalDataHandler
{
    private static readonly JsonSerializerOptions ReadableJson = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public async Task<IReadOnlyList<PersonalDataRecord>> ExportAsync(PersonReference person, CancellationToken cancellationToken)
    {
        await using var db = await databases.OpenAsync(person.MunicipalityCode, AccessLevel.Read, cancellationToken);
        var found = await Matching(db, person)
            .Join(db.Events, r => r.EventId, e => e.Id, (r, e) => new { Registration = r, e.Title, e.Start })
            .ToListAsync(cancellationToken);
        return [.. found.Select(f => new PersonalDataRecord("event participant", JsonSerializer.Serialize(new
        {
            Event = f.Title,
            f.Start,
            f.Registration.Name,
            f.Registration.Email,
            f.Registration.Organisation,
            Status = f.Registration.Status,
            f.Registration.RegisteredAt,
        }, ReadableJson)))];
    }

    public async Task<int> EraseAsync(PersonReference person, CancellationToken cancellationToken)
    {
        await using var db = await databases.OpenAsync(person.MunicipalityCode, AccessLevel.Manage, cancellationToken);
        var found = await Matching(db, person).ToListAsync(cancellationToken);
        var emails = found.Where(r => r.Email != null).Select(r => r.Email!).Distinct().ToList();
        var messages = await db.Outbox.Where(m => emails.Contains(m.To)).ToListAsync(cancellationToken);
        foreach (var registration in found)
        {
            Anonymisation.Erase(registration);
        }

        db.Outbox.RemoveRange(messages);
        await db.SaveChangesAsync(cancellationToken);
        return found.Count;
    }

    private static IQueryable<RegistrationRecord> Matching(EventsDb db, PersonReference person)
    {
        var emailKey = person.Email?.Trim().ToLowerInvariant();
        return db.Registrations.Where(r => !r.Anonymised
            && ((emailKey != null && r.Email != null && r.Email.ToLower() == emailKey) || (person.Name != null && r.Name == person.Name)));
    }
}
