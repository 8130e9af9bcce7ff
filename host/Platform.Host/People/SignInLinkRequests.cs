using Microsoft.EntityFrameworkCore;
using Platform.Host.Audit;
using Platform.Host.Persistence;
using Platform.Sdk.Audit;
using Platform.Sdk.Callers;
using Platform.Sdk.RateLimits;

namespace Platform.Host.People;

/// <summary>
/// A new sign-in link for a person who knows their e-mail address (the start page, when SMTP is set). The answer is
/// the same whether the address is known or not, and comes before the e-mail is sent, so it tells nobody who is a
/// person here. At most <see cref="PerAddressPerMinute"/> requests a minute for an address and
/// <see cref="PerClientPerMinute"/> from one client address, on each host.
/// </summary>
internal sealed partial class SignInLinkRequests(
    ModelContextFactory<PlatformDbContext> database,
    SignInLinks links,
    PeopleMail mail,
    TimeProvider clock,
    ILogger<SignInLinkRequests> logger)
{
    public const int PerAddressPerMinute = 3;

    public const int PerClientPerMinute = 10;

    /// <summary>Past this many addresses and clients the limits start over, so a flood of addresses cannot fill the memory.</summary>
    private const int MaxTracked = 10_000;

    private readonly Dictionary<string, PerMinuteLimit> limits = [];

    public bool Enabled => mail.Enabled;

    /// <summary>Sends a link to the person with the address, if there is one; false when the limit is reached (nothing is looked up).</summary>
    public async Task<bool> RequestAsync(string email, string? returnUrl, string client, CancellationToken cancellationToken)
    {
        var address = PeopleManagement.NormaliseEmail(email);
        if (!TryTake("address " + address, PerAddressPerMinute) || !TryTake("client " + client, PerClientPerMinute))
        {
            LogLimited();
            return false;
        }

        await using var db = database.Create();
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Email == address, cancellationToken);
        if (person is null)
        {
            return true;
        }

        var (link, _) = links.Add(db, person.Id, returnUrl);
        AuditEntries.Add(db, Caller.Anonymous, clock.GetUtcNow(), AuditActions.SignInLinkIssued, null, null, person.Id.ToString("D"), "asked for by e-mail");
        await db.SaveChangesAsync(cancellationToken);
        // Not awaited: the answer must not take longer for a known address than for an unknown one.
        _ = Task.Run(() => mail.SendAsync(LinkMail.NewLink, person.Id, person.Email, link, CancellationToken.None), CancellationToken.None);
        return true;
    }

    private bool TryTake(string key, int perMinute)
    {
        lock (limits)
        {
            if (limits.Count > MaxTracked)
            {
                limits.Clear();
            }

            if (!limits.TryGetValue(key, out var limit))
            {
                limits[key] = limit = new PerMinuteLimit(perMinute);
            }

            return limit.TryTake(clock.GetUtcNow());
        }
    }

    [LoggerMessage(LogLevel.Warning, "A request for a new sign-in link was refused: too many requests for the address or from the client")]
    private partial void LogLimited();
}
