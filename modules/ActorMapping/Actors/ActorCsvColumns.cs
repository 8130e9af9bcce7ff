namespace Platform.ActorMapping.Actors;

/// <summary>
/// The spreadsheet's columns, by their Danish names. Lists (arenas, age groups, themes) are separated by commas; the
/// contact person columns may hold several people separated by " | ", in the same order in each column.
/// </summary>
internal static class ActorCsvColumns
{
    public const string Name = "Navn";
    public const string Sector = "Sektor";
    public const string Category = "Kategori";
    public const string Arenas = "Arenaer";
    public const string AgeGroups = "Aldersgrupper";
    public const string Themes = "Temaer";
    public const string LocalArea = "Lokalområde";
    public const string Description = "Beskrivelse";
    public const string Influence = "Indflydelse";
    public const string Interest = "Interesse";
    public const string Stage = "Stadie";
    public const string ContactName = "Kontaktperson";
    public const string ContactRole = "Kontaktperson rolle";
    public const string ContactEmail = "Kontaktperson e-mail";
    public const string ContactPhone = "Kontaktperson telefon";

    public static readonly IReadOnlyList<string> Required = [Name, Sector, Category];

    public static readonly IReadOnlyList<string> WithoutContacts =
        [Name, Sector, Category, Arenas, AgeGroups, Themes, LocalArea, Description, Influence, Interest, Stage];

    public static readonly IReadOnlyList<string> All = [.. WithoutContacts, ContactName, ContactRole, ContactEmail, ContactPhone];

    /// <summary>The column a validation field of an actor comes from, e.g. "fields.sector" is "Sektor".</summary>
    public static string ForField(string field) => field switch
    {
        "fields.name" => Name,
        "fields.sector" => Sector,
        "fields.category" => Category,
        "fields.arenas" => Arenas,
        "fields.age_groups" => AgeGroups,
        "fields.themes" => Themes,
        "fields.local_area_id" => LocalArea,
        "fields.description" => Description,
        "fields.influence" => Influence,
        "fields.interest" => Interest,
        _ when field.EndsWith(".name", StringComparison.Ordinal) => ContactName,
        _ when field.EndsWith(".role", StringComparison.Ordinal) => ContactRole,
        _ when field.EndsWith(".email", StringComparison.Ordinal) => ContactEmail,
        _ when field.EndsWith(".phone", StringComparison.Ordinal) => ContactPhone,
        _ => "",
    };
}
