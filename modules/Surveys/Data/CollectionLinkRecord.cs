using Platform.Sdk.Tenancy;

namespace Platform.Surveys.Data;

/// <summary>An anonymous collection link; only the SHA-256 of its token is stored.</summary>
internal sealed class CollectionLinkRecord : ITenantOwned
{
    public required string TokenHash { get; set; }

    /// <summary>The SHA-256 of the token's short form (<see cref="Collection.ShortCodes"/>); null for a link made before short forms.</summary>
    public string? ShortHash { get; set; }

    public required string MunicipalityCode { get; set; }

    public Guid SurveyId { get; set; }

    public int Version { get; set; }

    /// <summary>The partnership whose survey the link collects for; null for the municipality's own survey.</summary>
    public string? PartnershipId { get; set; }

    public string LocalAreaId { get; set; } = "";

    public DateTimeOffset OpensAt { get; set; }

    public DateTimeOffset ClosesAt { get; set; }

    /// <summary>Set by the closing job at <see cref="ClosesAt"/>; submits check the time as well.</summary>
    public bool Closed { get; set; }
}
