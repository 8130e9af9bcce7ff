using Platform.Sdk.Tenancy;

namespace Platform.SampleModule.Notes;

public sealed class Note : ITenantOwned
{
    public Guid Id { get; set; }

    public required string MunicipalityCode { get; set; }

    public required string Text { get; set; }

    public string AuthorEmail { get; set; } = "";

    /// <summary>
    /// The note's permanent random key (<see cref="Platform.Sdk.Disclosure.RecordKeys"/>), set when it is written and
    /// never shown or changed: the published count of its authors is perturbed from their keys.
    /// </summary>
    public int RecordKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
