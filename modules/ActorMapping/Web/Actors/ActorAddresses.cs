namespace Platform.ActorMapping.Web.Actors;

/// <summary>
/// The actor pages' addresses, in one place for their links and redirects. The module's id is written out, as in the
/// pages' routes: the module class's namespace uses this one, so this one does not use it back.
/// </summary>
internal static class ActorAddresses
{
    private const string ModuleId = "actor-mapping";

    public static string List(string municipalityCode) => $"/m/{ModuleId}/{municipalityCode}/actors";

    public static string New(string municipalityCode) => List(municipalityCode) + "/new";

    public static string Edit(string municipalityCode, string actorId) => $"{List(municipalityCode)}/{actorId}/edit";

    public static string Import(string municipalityCode) => List(municipalityCode) + "/import";

    /// <summary>The CSV download: a module endpoint (under /actor-mapping/, not a page), with the session's cookie.</summary>
    public static string Export(string municipalityCode) => $"/{ModuleId}/{municipalityCode}/actors.csv";
}
