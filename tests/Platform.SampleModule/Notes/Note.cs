using Platform.Sdk.Tenancy;

namespace Platform.SampleModule.Notes;

public sealed class Note : ITenantOwned
{
    public Guid Id { get; set; }

    public required string MunicipalityCode { get; set; }

    public required string Text { get; set; }

    public string AuthorEmail { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
