using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Events.V1;
using Platform.Events.Data;

namespace Platform.Events.Registrations;

internal static class RegistrationContracts
{
    /// <summary>A registration as the municipality's own roles see it, participant included, with its exact waitlist position.</summary>
    public static Registration ToContract(this RegistrationRecord record, int waitlistPosition) => record.ToContract(new ShownCount { Count = waitlistPosition });

    /// <summary>A registration with its waitlist place as the caller may see it (<see cref="ShownCounts"/>).</summary>
    public static Registration ToContract(this RegistrationRecord record, ShownCount waitlistPlace) => new()
    {
        Id = record.Id.ToString(),
        EventId = record.EventId.ToString(),
        Group = (TargetGroup)record.Group,
        Participant = record.Name is not null
            ? new Participant { Name = record.Name, Email = record.Email ?? "", Organisation = record.Organisation ?? "" }
            : null,
        HeadCount = record.HeadCount,
        Status = (RegistrationStatus)record.Status,
        WaitlistPosition = waitlistPlace.Count,
        WaitlistPlace = waitlistPlace,
        Attended = record.Attended,
        RegisteredAt = Timestamp.FromDateTimeOffset(record.RegisteredAt),
        Anonymised = record.Anonymised,
    };
}
