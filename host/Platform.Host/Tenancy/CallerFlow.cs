using Platform.Identity;
using Platform.Sdk.Callers;

namespace Platform.Host.Tenancy;

/// <summary>
/// The caller as it travels with grain calls: in Orleans' request context, which flows with the async work of a request
/// or job into every grain call it makes, on any silo. A grain's code reads the caller of the call it serves from
/// here; nothing there (a timer, a call from outside any request) means no caller at all.
/// </summary>
public static class CallerFlow
{
    private const string Key = "platform.caller";
    private const char Separator = '\u001f';

    public static Caller? Current
    {
        get => RequestContext.Get(Key) is string text ? Decode(text) : null;
        set
        {
            if (value is null)
            {
                RequestContext.Remove(Key);
            }
            else
            {
                RequestContext.Set(Key, Encode(value));
            }
        }
    }

    private static string Encode(Caller caller) =>
        string.Join(Separator, [caller.Subject, caller.DisplayName ?? "", .. caller.Grants.Select(grant => grant.ToString())]);

    /// <summary>A grant that does not parse grants nothing, as in a token.</summary>
    private static Caller Decode(string text)
    {
        var parts = text.Split(Separator);
        var grants = parts.Skip(2).Select(part => RoleGrant.TryParse(part, out var grant) ? grant : null).OfType<RoleGrant>().ToList();
        return new Caller(parts[0], parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null, grants);
    }
}
