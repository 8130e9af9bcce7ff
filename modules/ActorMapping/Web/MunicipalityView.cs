using Platform.Sdk.Directory;

namespace Platform.ActorMapping.Web;

/// <summary>What a page shows of its municipality: the name for the heading and the local areas' names.</summary>
internal sealed record MunicipalityView(string Name, IReadOnlyList<LocalAreaInfo> LocalAreas)
{
    /// <summary>Read after the page's first call to the application class, which checks the person's access first.</summary>
    public static async Task<MunicipalityView> LoadAsync(IMunicipalityDirectory directory, string code, CancellationToken cancellationToken)
    {
        var municipality = await directory.FindMunicipalityAsync(code, cancellationToken);
        return new MunicipalityView(municipality?.Name ?? code, municipality?.LocalAreas ?? []);
    }

    /// <summary>The areas a person can choose for a filter or a new record.</summary>
    public IEnumerable<LocalAreaInfo> ActiveAreas => LocalAreas.Where(area => !area.Retired);

    /// <summary>The area's name, or null for none (the whole municipality); an unknown id is shown as it is.</summary>
    public string? AreaName(string localAreaId) =>
        localAreaId.Length == 0 ? null : LocalAreas.FirstOrDefault(area => area.Id == localAreaId)?.Name ?? localAreaId;
}
