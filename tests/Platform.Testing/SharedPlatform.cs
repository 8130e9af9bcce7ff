using Xunit;

namespace Platform.Testing;

/// <summary>
/// One host shared by the tests of a collection (as its collection fixture) or of one class (as its class fixture, a
/// host of the class's own); each test uses its own partnership and takes its own municipalities from
/// <see cref="TestPlatform.MunicipalityCodes"/>.
/// </summary>
public sealed class SharedPlatform : IAsyncLifetime
{
    public TestPlatform Platform { get; private set; } = null!;

    public async Task InitializeAsync() => Platform = await TestPlatform.StartAsync();

    public async Task DisposeAsync() => await Platform.DisposeAsync();
}
