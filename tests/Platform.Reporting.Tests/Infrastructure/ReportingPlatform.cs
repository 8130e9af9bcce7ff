using Platform.Testing;

namespace Platform.Reporting.Tests.Infrastructure;

/// <summary>
/// One host shared by the report tests, with a section hint in configuration: the sample module's people count goes
/// to "children's voices"; its other indicators, which nobody told the reporting module about, land in "other".
/// </summary>
public sealed class ReportingPlatform : IAsyncLifetime
{
    public const string AuthorsSectionHint = "--Platform:Modules:reporting:Sections:sample.authors=childrens-voices";

    public TestPlatform Platform { get; private set; } = null!;

    public async Task InitializeAsync() => Platform = await TestPlatform.StartAsync(settings: AuthorsSectionHint);

    public async Task DisposeAsync() => await Platform.DisposeAsync();
}
