namespace Platform.Surveys.Web;

/// <summary>
/// The texts of a survey's collection pages (links, class sheet, paper answers, results): CollectionPagesText.resx in
/// Danish (the default), CollectionPagesText.en.resx in English, in the module's en/ satellite assembly.
/// </summary>
internal sealed class CollectionPagesText;
