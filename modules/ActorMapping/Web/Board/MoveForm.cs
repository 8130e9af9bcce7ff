namespace Platform.ActorMapping.Web.Board;

/// <summary>What a card's move form posts: the actor, the version the person saw, the new stage and the note.</summary>
internal sealed class MoveForm
{
    public string ActorId { get; set; } = "";

    public long Version { get; set; }

    /// <summary>The stage's name (e.g. <c>Contacted</c>); anything else is left to the application class to refuse.</summary>
    public string Stage { get; set; } = "";

    public string Note { get; set; } = "";
}
