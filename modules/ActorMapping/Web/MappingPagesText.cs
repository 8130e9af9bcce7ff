namespace Platform.ActorMapping.Web;

/// <summary>The texts of the board, initiatives, coverage and network pages: MappingPagesText.resx in Danish, .en.resx in English.</summary>
internal sealed class MappingPagesText;
