using Platform.Sdk.Errors;

namespace Platform.ActorMapping.Common;

/// <summary>Ids on the wire are GUID strings; a malformed one is the caller's mistake, named by its field.</summary>
internal static class EntityIds
{
    public static Guid Parse(string id, string field, string what) =>
        Guid.TryParse(id, out var parsed) ? parsed : throw new InvalidInputException(field, $"must be {what} id");

    public static bool TryParse(string id, out Guid parsed) => Guid.TryParse(id, out parsed);
}
