using System.Security.Cryptography;
using System.Text;
using Platform.Contracts.Reporting.V1;
using Platform.Reporting.Plan.Data;

namespace Platform.Reporting.Plan;

/// <summary>
/// The six workstreams of the partnership's work (the seeds' "Status på partnerskabet"), a plan's workstreams until the
/// centre's staff save their own. Their ids are derived from the partnership's id, so members can set their states on
/// them before the plan was ever saved, and saving the defaults keeps the ids and so the states.
/// </summary>
internal static class DefaultWorkstreams
{
    private static readonly (string Da, string En, WorkstreamTopic Topic)[] All =
    [
        ("Etablere og organisere partnerskabet", "Establishing and organising the partnership", WorkstreamTopic.Organising),
        ("Kortlægge eksisterende tiltag og indsatser, der kan understøttes, forstørres og forstærkes",
            "Mapping existing initiatives that can be supported, enlarged and strengthened", WorkstreamTopic.Mapping),
        ("Mobilisere relevante aktører", "Mobilising relevant actors", WorkstreamTopic.Mobilising),
        ("Opbygge kapacitet til at arbejde samskabende og systemorienteret",
            "Building capacity to work co-creatively and system-oriented", WorkstreamTopic.Capacity),
        ("Kortlægge sundheds- og trivselsproblemer gennem samskabelse med aktørerne",
            "Mapping health and well-being problems through co-creation with the actors", WorkstreamTopic.Problems),
        ("Være til stede i lokalområderne gennem dialoger, workshops og arrangementer",
            "Being present in the local areas through dialogues, workshops and events", WorkstreamTopic.Presence),
    ];

    public static List<PlanWorkstreamRecord> For(string partnershipId) =>
    [
        .. All.Select((workstream, index) => new PlanWorkstreamRecord
        {
            Id = IdOf(partnershipId, index),
            PartnershipId = partnershipId,
            Position = index,
            TitleDa = workstream.Da,
            TitleEn = workstream.En,
            Topic = (int)workstream.Topic,
        }),
    ];

    private static Guid IdOf(string partnershipId, int index) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"reporting.plan:{partnershipId}:{index}"))[..16]);
}
