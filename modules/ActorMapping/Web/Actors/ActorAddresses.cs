namespace Platform.ActorMapping.Web.Actors;

/// <summary>The actor pages' addresses, in one place for their links and redirects.</summary>
internal static class ActorAddresses
{
    public static string List(string municipalityCode) => $"/m/{ActorMappingModule.Id}/{municipalityCode}/actors";

    public static string New(string municipalityCode) => List(municipalityCode) + "/new";

    public static string Edit(string municipalityCode, string actorId) => $"{List(municipalityCode)}/{actorId}/edit";

    public static string Import(string municipalityCode) => List(municipalityCode) + "/import";

    /// <summary>The CSV download: a module endpoint (under /actor-mapping/, not a page), with the session's cookie.</summary>
    public static string Export(string municipalityCode) => $"/{ActorMappingModule.Id}/{municipalityCode}/actors.csv";
}
