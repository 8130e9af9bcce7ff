using Google.Protobuf.WellKnownTypes;
using Platform.ActorMapping.Data;
using Platform.Contracts.ActorMapping.V1;

namespace Platform.ActorMapping.Initiatives;

/// <summary>Initiative records to their wire form and back; owner, partners and venues are actor links.</summary>
internal static class InitiativeContracts
{
    public static Initiative ToContract(this InitiativeRecord initiative) => new()
    {
        Id = initiative.Id.ToString(),
        MunicipalityCode = initiative.MunicipalityCode,
        Fields = new InitiativeFields
        {
            Name = initiative.Name,
            Description = initiative.Description,
            Kind = (InitiativeKind)initiative.Kind,
            Engagement = (PartnershipEngagement)initiative.Engagement,
            Status = (InitiativeStatus)initiative.Status,
            OwnerActorId = ActorsIn(initiative, RelationKind.Owns).FirstOrDefault() ?? "",
            PartnerActorIds = { ActorsIn(initiative, RelationKind.PartnersIn) },
            VenueActorIds = { ActorsIn(initiative, RelationKind.IsVenueOf) },
            Arenas = { initiative.Arenas },
            TargetGroups = { initiative.TargetGroups },
            Themes = { initiative.Themes },
            LocalAreaId = initiative.LocalAreaId ?? "",
            Reach = initiative.Reach,
            StartDate = Dates.ToContract(initiative.StartDate),
            EndDate = Dates.ToContract(initiative.EndDate),
        },
        Archived = initiative.Archived,
        Version = initiative.Version,
        CreatedAt = Timestamp.FromDateTimeOffset(initiative.CreatedAt),
        UpdatedAt = Timestamp.FromDateTimeOffset(initiative.UpdatedAt),
    };

    public static void Apply(this InitiativeRecord initiative, InitiativeFields fields)
    {
        initiative.Name = fields.Name.Trim();
        initiative.Description = fields.Description;
        initiative.Kind = (int)fields.Kind;
        initiative.Engagement = (int)(fields.Engagement == PartnershipEngagement.Unspecified ? PartnershipEngagement.None : fields.Engagement);
        initiative.Status = (int)fields.Status;
        initiative.Arenas = [.. fields.Arenas.Distinct()];
        initiative.TargetGroups = [.. fields.TargetGroups.Distinct()];
        initiative.Themes = [.. fields.Themes.Distinct()];
        initiative.LocalAreaId = fields.LocalAreaId.Length == 0 ? null : fields.LocalAreaId;
        initiative.Reach = fields.Reach;
        initiative.StartDate = Dates.ToDateOnly(fields.StartDate);
        initiative.EndDate = Dates.ToDateOnly(fields.EndDate);
        // Links are kept, removed or added one by one, so an unchanged link is never deleted and inserted again.
        var wanted = Links(fields).ToHashSet();
        initiative.Actors.RemoveAll(link => !wanted.Contains((link.ActorId, (RelationKind)link.Role)));
        foreach (var (actorId, role) in wanted.Where(w => !initiative.Actors.Any(link => link.ActorId == w.ActorId && link.Role == (int)w.Role)))
        {
            initiative.Actors.Add(new InitiativeActorRecord
            {
                InitiativeId = initiative.Id,
                ActorId = actorId,
                Role = (int)role,
                MunicipalityCode = initiative.MunicipalityCode,
            });
        }
    }

    /// <summary>Every actor the fields name, with its part in the initiative.</summary>
    public static IEnumerable<(Guid ActorId, RelationKind Role)> Links(InitiativeFields fields) =>
    [
        .. fields.OwnerActorId.Length == 0 ? [] : new[] { (Guid.Parse(fields.OwnerActorId), RelationKind.Owns) },
        .. fields.PartnerActorIds.Select(id => (Guid.Parse(id), RelationKind.PartnersIn)),
        .. fields.VenueActorIds.Select(id => (Guid.Parse(id), RelationKind.IsVenueOf)),
    ];

    private static IEnumerable<string> ActorsIn(InitiativeRecord initiative, RelationKind role) =>
        initiative.Actors.Where(a => a.Role == (int)role).Select(a => a.ActorId.ToString()).Order(StringComparer.Ordinal);
}
