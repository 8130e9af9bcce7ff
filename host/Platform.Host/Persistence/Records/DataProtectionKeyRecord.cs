namespace Platform.Host.Persistence.Records;

/// <summary>One ASP.NET Core Data Protection key, as XML whose secret is encrypted (see Security/DatabaseKeyRepository).</summary>
public sealed class DataProtectionKeyRecord
{
    public long Id { get; set; }

    public required string FriendlyName { get; set; }

    public required string Xml { get; set; }
}
