namespace Platform.Events.Web;

/// <summary>
/// The events pages' texts: EventPagesText.resx in Danish (the default), EventPagesText.en.resx in English, which the
/// build puts in the module's en/ satellite assembly. The labels of the module's codes (<see cref="EventLabels"/>) are
/// here too, for every events page.
/// </summary>
internal sealed class EventPagesText;
