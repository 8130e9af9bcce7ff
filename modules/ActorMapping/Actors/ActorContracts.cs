using Google.Protobuf.WellKnownTypes;
using Platform.ActorMapping.Data;
using Platform.Contracts.ActorMapping.V1;

namespace Platform.ActorMapping.Actors;

/// <summary>Records to their wire form and back. Contact persons are only included for the municipality's own roles.</summary>
internal static class ActorContracts
{
    public static Actor ToContract(this ActorRecord actor, bool withContacts) => new()
    {
        Id = actor.Id.ToString(),
        MunicipalityCode = actor.MunicipalityCode,
        Fields = new ActorFields
        {
            Name = actor.Name,
            Sector = (Sector)actor.Sector,
            Category = actor.Category,
            Arenas = { actor.Arenas },
            AgeGroups = { actor.AgeGroups },
            Themes = { actor.Themes },
            LocalAreaId = actor.LocalAreaId ?? "",
            Description = actor.Description,
            Influence = actor.Influence,
            Interest = actor.Interest,
        },
        Contacts =
        {
            withContacts
                ? actor.Contacts.OrderBy(c => c.Position).Select(c => new ContactPerson { Name = c.Name, Role = c.Role, Email = c.Email, Phone = c.Phone })
                : [],
        },
        Stage = (MobilisationStage)actor.Stage,
        History =
        {
            actor.History.OrderBy(h => h.Id).Select(h => new StageChange
            {
                From = (MobilisationStage)h.From,
                To = (MobilisationStage)h.To,
                ChangedBy = h.ChangedBy,
                ChangedAt = Timestamp.FromDateTimeOffset(h.ChangedAt),
                Note = h.Note,
            }),
        },
        Archived = actor.Archived,
        Version = actor.Version,
        CreatedAt = Timestamp.FromDateTimeOffset(actor.CreatedAt),
        UpdatedAt = Timestamp.FromDateTimeOffset(actor.UpdatedAt),
    };

    /// <summary>A new actor at the first stage, version 1.</summary>
    public static ActorRecord NewActor(string municipalityCode, ActorFields fields, IEnumerable<ContactPerson> contacts, DateTimeOffset now)
    {
        var actor = new ActorRecord
        {
            Id = Guid.NewGuid(),
            MunicipalityCode = municipalityCode,
            Name = "",
            Category = "",
            Stage = (int)MobilisationStage.Identified,
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        actor.Apply(fields, contacts);
        return actor;
    }

    /// <summary>Sets the actor's fields and, unless <paramref name="contacts"/> is null, replaces its contact persons.</summary>
    public static void Apply(this ActorRecord actor, ActorFields fields, IEnumerable<ContactPerson>? contacts)
    {
        actor.Name = fields.Name.Trim();
        actor.Sector = (int)fields.Sector;
        actor.Category = fields.Category.Trim();
        actor.Arenas = [.. fields.Arenas.Distinct()];
        actor.AgeGroups = [.. fields.AgeGroups.Distinct()];
        actor.Themes = [.. fields.Themes.Distinct()];
        actor.LocalAreaId = fields.LocalAreaId.Length == 0 ? null : fields.LocalAreaId;
        actor.Description = fields.Description;
        actor.Influence = fields.Influence;
        actor.Interest = fields.Interest;
        if (contacts is null)
        {
            return;
        }

        actor.Contacts = [.. contacts.Select((c, position) => new ContactPersonRecord
        {
            Id = Guid.NewGuid(),
            ActorId = actor.Id,
            Position = position,
            MunicipalityCode = actor.MunicipalityCode,
            Name = c.Name.Trim(),
            Role = c.Role,
            Email = c.Email,
            Phone = c.Phone,
        })];
    }
}
