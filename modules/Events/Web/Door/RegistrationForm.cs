using System.Globalization;
using Microsoft.AspNetCore.Http;
using Platform.Contracts.Events.V1;

namespace Platform.Events.Web.Door;

/// <summary>What a person typed in the registration and head count forms, kept as typed so a failed save shows it again.</summary>
internal sealed class RegistrationForm
{
    public string Name { get; init; } = "";

    public string Email { get; init; } = "";

    public string Organisation { get; init; } = "";

    public string Group { get; init; } = "";

    public string Count { get; init; } = "";

    public static RegistrationForm Read(IFormCollection form) => new()
    {
        Name = form["name"].ToString(),
        Email = form["email"].ToString(),
        Organisation = form["organisation"].ToString(),
        Group = form["group"].ToString(),
        Count = form["count"].ToString(),
    };

    public RegisterRequest ToParticipantRequest(string code, string eventId) => new()
    {
        MunicipalityCode = code,
        EventId = eventId,
        Group = ParsedGroup,
        Participant = new Participant { Name = Name, Email = Email, Organisation = Organisation.Trim() },
    };

    /// <summary>A head count; a number that is not a whole number goes on as 0, which the desk refuses by name.</summary>
    public RegisterRequest ToHeadCountRequest(string code, string eventId) => new()
    {
        MunicipalityCode = code,
        EventId = eventId,
        Group = ParsedGroup,
        HeadCount = int.TryParse(Count, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) ? count : 0,
    };

    private TargetGroup ParsedGroup => Enum.TryParse<TargetGroup>(Group, out var group) && Enum.IsDefined(group) ? group : TargetGroup.Unspecified;
}
