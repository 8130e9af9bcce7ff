namespace Platform.ActorMapping.Web.Network;

/// <summary>What the add-relation form posts; the kind by its name (e.g. <c>CollaboratesWith</c>).</summary>
internal sealed class RelationForm
{
    public string FromActorId { get; set; } = "";

    public string Kind { get; set; } = "";

    public string ToActorId { get; set; } = "";

    public string Note { get; set; } = "";
}
