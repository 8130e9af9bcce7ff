namespace Platform.ActorMapping.Web;

/// <summary>
/// The actor pages' texts: ActorPagesText.resx in Danish (the default), ActorPagesText.en.resx in English, which the
/// build puts in the module's en/ satellite assembly.
/// </summary>
internal sealed class ActorPagesText;
