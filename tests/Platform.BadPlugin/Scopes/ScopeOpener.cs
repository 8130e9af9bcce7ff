using Microsoft.Extensions.DependencyInjection;

namespace Platform.BadPlugin.Scopes;

/// <summary>Opens a service scope of its own instead of asking for a named elevation.</summary>
internal sealed class ScopeOpener(IServiceScopeFactory scopes)
{
    public async Task RunAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
    }
}
