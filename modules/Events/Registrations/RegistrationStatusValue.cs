using Platform.Contracts.Events.V1;

namespace Platform.Events.Registrations;

/// <summary>The stored values of <see cref="RegistrationStatus"/>.</summary>
internal static class RegistrationStatusValue
{
    public const int Registered = (int)RegistrationStatus.Registered;

    public const int Waitlisted = (int)RegistrationStatus.Waitlisted;

    public const int Cancelled = (int)RegistrationStatus.Cancelled;
}
