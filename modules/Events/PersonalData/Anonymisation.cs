using Platform.Events.Data;

namespace Platform.Events.PersonalData;

/// <summary>Erases who a registration was, keeping its group, seats, status and attendance for the counts.</summary>
public static class Anonymisation
{
    public static void Erase(RegistrationRecord registration)
    {
        registration.Name = null;
        registration.Email = null;
        registration.Organisation = null;
        registration.Anonymised = true;
    }
}
