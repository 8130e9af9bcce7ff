using Platform.Contracts.Events.V1;
using Platform.Sdk.Directory;

namespace Platform.Events.Web.Events;

/// <summary>Where an event is, as a person reads it: the venue and the local area's name, when there are any.</summary>
internal static class EventPlace
{
    public static string Describe(EventFields fields, MunicipalityInfo municipality)
    {
        var area = fields.LocalAreaId.Length == 0 ? null : municipality.LocalAreas.FirstOrDefault(a => a.Id == fields.LocalAreaId)?.Name;
        return string.Join(", ", new[] { fields.Venue, area ?? "" }.Where(part => part.Length > 0));
    }
}
