using Platform.Sdk.Tenancy;

namespace Platform.ActorMapping.Data;

/// <summary>Personal data: a person at an actor. Never leaves the municipality except through the personal-data export.</summary>
internal sealed class ContactPersonRecord : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid ActorId { get; set; }

    /// <summary>The person's place in the actor's list, so contacts come back in the order they were given.</summary>
    public int Position { get; set; }

    public required string MunicipalityCode { get; set; }

    public required string Name { get; set; }

    public string Role { get; set; } = "";

    public string Email { get; set; } = "";

    public string Phone { get; set; } = "";
}
