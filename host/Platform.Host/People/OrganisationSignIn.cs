using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Host.Persistence;
using Platform.Host.Persistence.Records;

namespace Platform.Host.People;

/// <summary>
/// Who a person signed in at an external authority is in the people store: the person whose stored subject
/// ("{issuer} {sub}") it is, or else the person with the authority's e-mail address, but only when the authority says
/// it verified the address (<c>email_verified</c> true). The first match by address stores the subject, so the address
/// is not needed again. Nobody is created here: a person the store does not know needs an invitation first.
/// </summary>
internal sealed partial class OrganisationSignIn(ModelContextFactory<PlatformDbContext> database, ILogger<OrganisationSignIn> logger)
{
    public async Task<OrganisationMatch> MatchAsync(ClaimsPrincipal external, CancellationToken cancellationToken)
    {
        var issuer = external.FindFirstValue("iss");
        var sub = external.FindFirstValue("sub");
        if (string.IsNullOrEmpty(issuer) || string.IsNullOrEmpty(sub))
        {
            LogRefused(OrganisationOutcome.Unknown, "the identity has no issuer or subject");
            return new OrganisationMatch(OrganisationOutcome.Unknown, null);
        }

        var subject = $"{issuer} {sub}";
        await using var db = database.Create();
        var person = await db.People.SingleOrDefaultAsync(p => p.ExternalSubject == subject, cancellationToken);
        if (person is null)
        {
            if (!string.Equals(external.FindFirstValue("email_verified"), "true", StringComparison.OrdinalIgnoreCase))
            {
                LogRefused(OrganisationOutcome.Unverified, "the authority has not verified the e-mail address");
                return new OrganisationMatch(OrganisationOutcome.Unverified, null);
            }

            var email = PeopleManagement.NormaliseEmail(external.FindFirstValue("email") ?? "");
            person = await db.People.SingleOrDefaultAsync(p => p.Email == email && p.ExternalSubject == null, cancellationToken);
            if (person is null)
            {
                LogRefused(OrganisationOutcome.Unknown, "no person without an external subject has the e-mail address");
                return new OrganisationMatch(OrganisationOutcome.Unknown, null);
            }

            person.ExternalSubject = subject;
        }

        person.Status = PersonStatus.Active;
        await db.SaveChangesAsync(cancellationToken);
        LogSignedIn(person.Id);
        return new OrganisationMatch(OrganisationOutcome.SignedIn, person);
    }

    [LoggerMessage(LogLevel.Information, "Person {PersonId} signed in with the organisation's login")]
    private partial void LogSignedIn(Guid personId);

    [LoggerMessage(LogLevel.Information, "A sign-in with the organisation's login was refused ({Outcome}): {Reason}")]
    private partial void LogRefused(OrganisationOutcome outcome, string reason);
}

internal enum OrganisationOutcome
{
    SignedIn,
    Unverified,
    Unknown,
}

internal sealed record OrganisationMatch(OrganisationOutcome Outcome, PersonRecord? Person);
