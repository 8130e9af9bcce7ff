using Platform.Contracts.ActorMapping.V1;

namespace Platform.ActorMapping.Csv;

/// <summary>Sectors and mobilisation stages as a Danish spreadsheet writes them; English words are read too.</summary>
internal static class DanishTerms
{
    private static readonly Dictionary<Sector, string[]> Sectors = new()
    {
        [Sector.Municipal] = ["kommunal", "municipal"],
        [Sector.CivilSociety] = ["civilsamfund", "civil society"],
        [Sector.Private] = ["privat", "private"],
        [Sector.FamiliesAndChildren] = ["familier og børn", "families and children"],
    };

    private static readonly Dictionary<MobilisationStage, string[]> Stages = new()
    {
        [MobilisationStage.Identified] = ["identificeret", "identified"],
        [MobilisationStage.Contacted] = ["kontaktet", "contacted"],
        [MobilisationStage.Engaged] = ["engageret", "engaged"],
        [MobilisationStage.ActivePartner] = ["aktiv partner", "active partner"],
        [MobilisationStage.Paused] = ["pauset", "paused"],
    };

    public static string SectorChoices => string.Join(", ", Sectors.Values.Select(words => words[0]));

    public static string StageChoices => string.Join(", ", Stages.Values.Select(words => words[0]));

    public static string Name(Sector sector) => Sectors.TryGetValue(sector, out var words) ? words[0] : "";

    public static string Name(MobilisationStage stage) => Stages.TryGetValue(stage, out var words) ? words[0] : "";

    public static Sector? ParseSector(string text) => Find(Sectors, text);

    public static MobilisationStage? ParseStage(string text) => Find(Stages, text);

    private static TEnum? Find<TEnum>(Dictionary<TEnum, string[]> terms, string text)
        where TEnum : struct, Enum
    {
        var word = text.Trim();
        foreach (var (value, words) in terms)
        {
            if (words.Any(w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase)))
            {
                return value;
            }
        }

        return null;
    }
}
