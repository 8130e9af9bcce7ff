namespace Platform.Reporting.Web;

/// <summary>
/// The plan pages' texts: PlanPagesText.resx in Danish (the default), PlanPagesText.en.resx in English, which the build
/// puts in the module's en/ satellite assembly.
/// </summary>
internal sealed class PlanPagesText;
