using Platform.Sdk.Callers;

namespace Platform.Host.Tenancy;

/// <summary>
/// Runs a module's work as the platform itself, in a scope of its own, and logs the asking module and the reason (never
/// personal data). The platform is no module's call, so no module switch is checked on its behalf: the module asks the
/// directory where a switch matters. The one place outside the job worker where code becomes <see cref="Caller.System"/>.
/// </summary>
public sealed partial class PlatformElevation(IServiceScopeFactory scopes, CallerContext current, ILogger<PlatformElevation> logger) : IPlatformElevation
{
    public async Task<T> AsPlatformAsync<T>(string reason, Func<IServiceProvider, Task<T>> work)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        LogElevation(logger, current.ModuleId ?? "a grain or the core", reason);
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerContext>().Caller = Caller.System;
        // Setting the caller also sets it for the work's grain calls; being async-local, that ends when this method returns.
        return await work(scope.ServiceProvider);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Module {Module} acts as the platform: {Reason}")]
    private static partial void LogElevation(ILogger logger, string module, string reason);
}
