namespace Platform.Surveys.Web;

/// <summary>
/// The survey list, editor and preview pages' texts: EditorPagesText.resx in Danish (the default),
/// EditorPagesText.en.resx in English, which the build puts in the module's en/ satellite assembly.
/// </summary>
internal sealed class EditorPagesText;
