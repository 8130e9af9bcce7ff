using Platform.Events.Data;

namespace Platform.Events.PersonalData;

/// <summary>
/// Erases who a registration was (the e-mail key too, so the address may register again, and the cancel link's token hash), keeping its group, seats,
/// status and attendance for the counts.
/// </summary>
internal static class Anonymisation
{
    public static void Erase(RegistrationRecord registration)
    {
        registration.Name = null;
        registration.Email = null;
        registration.EmailKey = null;
        registration.Organisation = null;
        registration.CancelTokenHash = null;
        registration.Anonymised = true;
    }
}
