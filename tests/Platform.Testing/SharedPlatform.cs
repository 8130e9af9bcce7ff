using Xunit;

namespace Platform.Testing;

/// <summary>One host shared by the tests of the "platform" collection; each test uses its own partnership and municipalities.</summary>
public sealed class SharedPlatform : IAsyncLifetime
{
    public TestPlatform Platform { get; private set; } = null!;

    public async Task InitializeAsync() => Platform = await TestPlatform.StartAsync();

    public async Task DisposeAsync() => await Platform.DisposeAsync();
}
