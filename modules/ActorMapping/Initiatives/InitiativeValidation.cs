using Platform.ActorMapping.Common;
using Platform.Contracts.ActorMapping.V1;
using Platform.Sdk.Errors;

namespace Platform.ActorMapping.Initiatives;

/// <summary>Checks an initiative's fields, naming every invalid field. Whether the actors exist is checked against the data.</summary>
internal static class InitiativeValidation
{
    public static void Validate(InitiativeFields? fields)
    {
        fields ??= new InitiativeFields();
        var validation = new Validation()
            .Required(fields.Name, "fields.name")
            .MaxLength(fields.Description, "fields.description", 4000)
            .Check(fields.Kind != InitiativeKind.Unspecified && Enum.IsDefined(fields.Kind), "fields.kind", "must be existing or planned")
            .Check(Enum.IsDefined(fields.Engagement), "fields.engagement", "must be none, support, enlarge or strengthen")
            .Check(fields.Status != InitiativeStatus.Unspecified && Enum.IsDefined(fields.Status), "fields.status", "must be an initiative status")
            .Check(fields.OwnerActorId.Length == 0 || Guid.TryParse(fields.OwnerActorId, out _), "fields.owner_actor_id", "must be an actor id")
            .Check(fields.Arenas.All(Tags.IsValid), "fields.arenas", "must each be 1-100 characters")
            .Check(fields.TargetGroups.All(Tags.IsValid), "fields.target_groups", "must each be 1-100 characters")
            .Check(fields.Themes.All(Tags.IsValid), "fields.themes", "must each be 1-100 characters")
            .Check(fields.Reach is >= 0 and <= 1_000_000, "fields.reach", "must be 0 (not known) to 1,000,000 children")
            .Check(Dates.IsValidOrEmpty(fields.StartDate), "fields.start_date", "must be a calendar date")
            .Check(Dates.IsValidOrEmpty(fields.EndDate), "fields.end_date", "must be a calendar date")
            .Check(!(Dates.ToDateOnly(fields.StartDate) is { } start && Dates.ToDateOnly(fields.EndDate) is { } end && end < start),
                "fields.end_date", "must not be before start_date");
        for (var i = 0; i < fields.PartnerActorIds.Count; i++)
        {
            validation.Check(Guid.TryParse(fields.PartnerActorIds[i], out _), $"fields.partner_actor_ids[{i}]", "must be an actor id");
        }

        for (var i = 0; i < fields.VenueActorIds.Count; i++)
        {
            validation.Check(Guid.TryParse(fields.VenueActorIds[i], out _), $"fields.venue_actor_ids[{i}]", "must be an actor id");
        }

        validation.ThrowIfInvalid();
    }
}
