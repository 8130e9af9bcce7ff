using System.Net.Mail;
using Platform.ActorMapping.Common;
using Platform.Contracts.ActorMapping.V1;
using Platform.Sdk.Errors;

namespace Platform.ActorMapping.Actors;

/// <summary>Checks an actor's fields and contact persons, naming every invalid field.</summary>
internal static class ActorValidation
{
    public static void Validate(ActorFields? fields, IReadOnlyList<ContactPerson> contacts)
    {
        fields ??= new ActorFields();
        var validation = new Validation()
            .Required(fields.Name, "fields.name")
            .Check(fields.Sector != Sector.Unspecified && Enum.IsDefined(fields.Sector), "fields.sector", "must be a sector")
            .Required(fields.Category, "fields.category", 100)
            .Check(fields.AgeGroups.All(Tags.AgeGroups.Contains), "fields.age_groups", $"must be among {string.Join(", ", Tags.AgeGroups)}")
            .Check(fields.Arenas.All(Tags.IsValid), "fields.arenas", "must each be 1-100 characters")
            .Check(fields.Themes.All(Tags.IsValid), "fields.themes", "must each be 1-100 characters")
            .MaxLength(fields.Description, "fields.description", 2000)
            .Check(fields.Influence is >= 0 and <= 5, "fields.influence", "must be 0 (not assessed) to 5")
            .Check(fields.Interest is >= 0 and <= 5, "fields.interest", "must be 0 (not assessed) to 5");
        for (var i = 0; i < contacts.Count; i++)
        {
            var contact = contacts[i];
            validation
                .Required(contact.Name, $"contacts[{i}].name")
                .Check(contact.Email.Length == 0 || MailAddress.TryCreate(contact.Email, out _), $"contacts[{i}].email", "must be an e-mail address")
                .MaxLength(contact.Phone, $"contacts[{i}].phone", 40);
        }

        validation.ThrowIfInvalid();
    }

    public static Guid ParseId(string id) => EntityIds.Parse(id, "id", "an actor");
}
