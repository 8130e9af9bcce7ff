using Microsoft.Extensions.Localization;
using Platform.Contracts.Events.V1;
using Platform.Sdk.Web;

namespace Platform.Events.Web.Door;

/// <summary>How a registration is named on the pages: the person's name, or a head count with its group.</summary>
internal static class RegistrationNames
{
    public static string Who(IStringLocalizer<DoorPagesText> text, Registration registration) =>
        registration.Participant is { } participant ? participant.Name
        : registration.Anonymised ? text["Anonymised"]
        : text["HeadCountWho", DanishFormats.Number(registration.HeadCount), text.Group(registration.Group)];

    /// <summary>Whether the registration names a person (rather than counting people without names).</summary>
    public static bool IsNamed(Registration registration) => registration.Participant is not null || registration.Anonymised && registration.HeadCount == 1;

    /// <summary>Who of the registration came: "Ja"/"Nej" for a person, "3 af 12" for a head count.</summary>
    public static string Attended(IStringLocalizer<DoorPagesText> text, Registration registration) =>
        registration.HeadCount == 1 && IsNamed(registration)
            ? registration.Attended > 0 ? text["Yes"] : text["No"]
            : text["OutOf", DanishFormats.Number(registration.Attended), DanishFormats.Number(registration.HeadCount)];
}
