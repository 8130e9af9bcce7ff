namespace Platform.GrainInterfaces;

[GenerateSerializer]
[Alias("platform.core.contact-snapshot")]
public sealed record ContactSnapshot(
    [property: Id(0)] string FunctionalEmail,
    [property: Id(1)] string Phone,
    [property: Id(2)] string Language)
{
    public static ContactSnapshot Default { get; } = new("", "", "da");
}
