namespace Platform.Sdk.Callers;

/// <summary>
/// The one way module code acts as the platform itself rather than as its caller: for something the caller may not do
/// directly but the platform does on their behalf (store an answer given through a public link, show a partnership's
/// events to every member). The work runs in a scope of its own as <see cref="Caller.System"/>, for the calling
/// module, and the reason is logged. Modules never create service scopes themselves.
/// </summary>
public interface IPlatformElevation
{
    /// <param name="reason">Why the platform acts, in a few words without personal data, e.g. "store an answer given through a collection link".</param>
    /// <param name="work">The work, given the elevated scope's services.</param>
    Task<T> AsPlatformAsync<T>(string reason, Func<IServiceProvider, Task<T>> work);
}
