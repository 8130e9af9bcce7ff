namespace Platform.Core.Tests.Infrastructure;

/// <summary>
/// Tests that run a dotnet build run alone, after the others: a build takes both cores of a small machine, and the
/// cluster tests judge silos by how fast they answer probes.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BuildCollection
{
    public const string Name = "builds";
}
