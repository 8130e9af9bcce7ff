using Platform.Sdk.Tenancy;

namespace Platform.Surveys.Data;

/// <summary>
/// One anonymous response. It holds no identity, no address and no exact time: only the Monday of the week it was
/// given. The id is chosen by the client, so a retried submit finds it and counts nothing twice.
/// </summary>
internal sealed class ResponseRecord : ITenantOwned
{
    public Guid Id { get; set; }

    public required string MunicipalityCode { get; set; }

    public Guid SurveyId { get; set; }

    public int Version { get; set; }

    public string LocalAreaId { get; set; } = "";

    public int Audience { get; set; }

    public string AgeBand { get; set; } = "";

    public DateOnly Week { get; set; }

    /// <summary>The response's permanent random key for published counts (<see cref="Sdk.Disclosure.RecordKeys"/>).</summary>
    public int RecordKey { get; set; }
}
