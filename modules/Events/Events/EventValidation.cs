using Platform.Contracts.Events.V1;
using Platform.Sdk.Directory;
using Platform.Sdk.Errors;

namespace Platform.Events.Events;

/// <summary>Checks an event's fields, naming every invalid field by its proto name.</summary>
internal static class EventValidation
{
    public static void Validate(EventFields? fields, MunicipalityInfo? municipality)
    {
        fields ??= new EventFields();
        var validation = new Validation()
            .Check(fields.Type != EventType.Unspecified && Enum.IsDefined(fields.Type), "fields.type", "must be an event type")
            .Required(fields.Title, "fields.title")
            .MaxLength(fields.Description, "fields.description", 4000)
            .MaxLength(fields.Venue, "fields.venue", 200)
            .Check(fields.Start is not null, "fields.start", "is required")
            .Check(fields.End is not null, "fields.end", "is required")
            .Check(fields.Start is null || fields.End is null || fields.End.ToDateTimeOffset() > fields.Start.ToDateTimeOffset(),
                "fields.end", "must be after fields.start")
            .Check(fields.Capacity is >= 0 and <= 100_000, "fields.capacity", "must be 0 (no limit) to 100000")
            .Check(fields.TargetGroups.All(g => g != TargetGroup.Unspecified && Enum.IsDefined(g)), "fields.target_groups", "must each be a target group")
            .Check(fields.LocalAreaId.Length == 0 || municipality?.HasActiveLocalArea(fields.LocalAreaId) == true,
                "fields.local_area_id", "must be an active local area of the municipality")
            .Check(fields.Agenda.Count <= 50, "fields.agenda", "must have at most 50 items");
        for (var i = 0; i < fields.Agenda.Count; i++)
        {
            validation.Required(fields.Agenda[i].Title, $"fields.agenda[{i}].title")
                .MaxLength(fields.Agenda[i].Time, $"fields.agenda[{i}].time", 20)
                .MaxLength(fields.Agenda[i].Description, $"fields.agenda[{i}].description", 1000);
        }

        GuidShaped(validation, fields.OrganiserActorIds, "fields.organiser_actor_ids");
        GuidShaped(validation, fields.PartnerActorIds, "fields.partner_actor_ids");
        GuidShaped(validation, fields.InitiativeIds, "fields.initiative_ids");
        validation.ThrowIfInvalid();
    }

    private static void GuidShaped(Validation validation, IReadOnlyList<string> ids, string field)
    {
        validation.Check(ids.Count <= 50, field, "must have at most 50 ids");
        for (var i = 0; i < ids.Count; i++)
        {
            validation.Check(Guid.TryParse(ids[i], out _), $"{field}[{i}]", "must be an id (GUID)");
        }
    }
}
