using Platform.Sdk.Errors;

namespace Platform.Surveys.Definitions;

/// <summary>Ids in requests: UUIDs, refused by field name when malformed.</summary>
internal static class SurveyIds
{
    public static Guid Parse(string value, string field)
    {
        new Validation().Check(Guid.TryParse(value, out var id) && id != Guid.Empty, field, "must be a UUID").ThrowIfInvalid();
        return id;
    }
}
