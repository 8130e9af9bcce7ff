using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Platform.GrainInterfaces;
using Platform.Host.Audit;
using Platform.Host.Persistence;
using Platform.Host.Persistence.Records;
using Platform.Identity;
using Platform.Sdk.Audit;
using Platform.Sdk.Callers;
using Platform.Sdk.Data;
using Platform.Sdk.Errors;

namespace Platform.Host.People;

/// <summary>
/// The people who sign in and their grants: list, invite, change grants, remove; for the gRPC service and the web
/// pages alike. Who manages which grant (<see cref="Manages"/>): administrators every grant; a municipality's
/// coordinator its coordinator, member and viewer grants; a partnership's staff its staff and viewer grants. A caller
/// sees a person only through a grant it manages, and only those grants; every other person is "not found".
/// </summary>
internal sealed partial class PeopleManagement(
    ModelContextFactory<PlatformDbContext> database,
    ICallerContext callerContext,
    IGrainFactory grains,
    SignInLinks links,
    PeopleMail mail,
    TimeProvider clock,
    ILogger<PeopleManagement> logger)
{
    private const int MaxEmailLength = 254;

    private Caller Caller => callerContext.Caller;

    public async Task<IReadOnlyList<PersonView>> ListAsync(string? municipalityCode, string? partnershipId, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        if (municipalityCode is not null)
        {
            validation.MunicipalityCode(municipalityCode, "municipality_code");
        }

        validation.MaxLength(partnershipId, "partnership_id", 64)
            .Check(municipalityCode is null || partnershipId is null, "partnership_id", "give a municipality or a partnership, not both")
            .ThrowIfInvalid();
        RequireAnyManagedScope();
        if (!Caller.IsAdmin
            && ((municipalityCode is not null && !Manages(RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, municipalityCode)))
                || (partnershipId is not null && !Manages(RoleGrant.ForPartnership(PlatformRole.Viewer, partnershipId)))))
        {
            throw new PermissionDeniedException("The caller does not manage the people of that municipality or partnership.");
        }

        await using var db = database.Create();
        IQueryable<PersonRecord> people = db.People.AsNoTracking().Include(p => p.Grants);
        if (!Caller.IsAdmin)
        {
            var codes = ManagedScopes(PlatformRole.MunicipalityCoordinator);
            var partnerships = ManagedScopes(PlatformRole.PartnershipStaff);
            people = people.Where(p => p.Grants.Any(g =>
                (g.ScopeKind == GrantScopeKind.Municipality && codes.Contains(g.ScopeId))
                || (g.ScopeKind == GrantScopeKind.Partnership && partnerships.Contains(g.ScopeId))));
        }

        if (municipalityCode is not null)
        {
            people = people.Where(p => p.Grants.Any(g => g.ScopeKind == GrantScopeKind.Municipality && g.ScopeId == municipalityCode));
        }

        if (partnershipId is not null)
        {
            people = people.Where(p => p.Grants.Any(g => g.ScopeKind == GrantScopeKind.Partnership && g.ScopeId == partnershipId));
        }

        var found = await people.OrderBy(p => p.Email).ToListAsync(cancellationToken);
        return [.. found.Select(View).Where(view => view.Grants.Count > 0 || Caller.IsAdmin)];
    }

    public async Task<Invitation> InviteAsync(string email, string? displayName, IReadOnlyList<string> grantTexts, CancellationToken cancellationToken)
    {
        var normalised = NormaliseEmail(email);
        var validation = new Validation()
            .Check(IsEmail(normalised), "email", "must be an e-mail address, e.g. mette@ishoj.dk")
            .MaxLength(displayName?.Trim(), "display_name", 200)
            .Check(grantTexts.Count > 0, "grants", "give at least one grant, e.g. coordinator@municipality:0183");
        var grants = ParseGrants(grantTexts, "grants", validation);
        validation.ThrowIfInvalid();
        await RequireGrantableAsync(grants);

        await using var db = database.Create();
        var now = clock.GetUtcNow();
        var person = await db.People.Include(p => p.Grants).SingleOrDefaultAsync(p => p.Email == normalised, cancellationToken);
        if (person is null)
        {
            person = new PersonRecord
            {
                Id = Guid.NewGuid(),
                Email = normalised,
                DisplayName = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim(),
                CreatedAt = now,
                Status = PersonStatus.Invited,
            };
            db.People.Add(person);
        }

        AddGrants(person, grants, now);
        var (link, expiresAt) = links.Add(db, person.Id);
        Audit(db, AuditActions.PersonInvited, person.Id, grants, now);
        await SaveAsync(db, cancellationToken);
        LogInvited(person.Id, Caller.Subject, string.Join(' ', grants), expiresAt);
        var emailed = mail.Enabled && await mail.SendAsync(LinkMail.Invitation, person.Id, person.Email, link, cancellationToken);
        return new Invitation(View(person), link, expiresAt, emailed);
    }

    /// <summary>Saves; a person or grant another caller stored at the same moment is a conflict to retry, not a fault.</summary>
    private static async Task SaveAsync(PlatformDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            throw new ConcurrencyConflictException("Someone changed this person's grants at the same moment: read them again and retry.");
        }
    }

    public async Task<PersonView> ChangeGrantsAsync(string personKey, IReadOnlyList<string> add, IReadOnlyList<string> remove, CancellationToken cancellationToken)
    {
        var validation = new Validation()
            .Required(personKey, "person", MaxEmailLength)
            .Check(add.Count + remove.Count > 0, "add", "give a grant to add or to remove");
        var adding = ParseGrants(add, "add", validation);
        var removing = ParseGrants(remove, "remove", validation);
        validation.ThrowIfInvalid();
        await RequireGrantableAsync(adding);
        RequireManaged(removing);

        await using var db = database.Create();
        var person = await FindVisibleAsync(db, personKey, cancellationToken);
        var now = clock.GetUtcNow();
        db.PersonGrants.RemoveRange(person.Grants.Where(g => removing.Contains(g.ToGrant())));
        AddGrants(person, adding, now);
        Audit(db, AuditActions.GrantsChanged, person.Id, [.. adding, .. removing], now);
        await SaveAsync(db, cancellationToken);
        person.Grants.RemoveAll(g => removing.Contains(g.ToGrant()));
        LogChanged(person.Id, Caller.Subject, string.Join(' ', adding), string.Join(' ', removing));
        return View(person);
    }

    public async Task RemoveAsync(string personKey, CancellationToken cancellationToken)
    {
        new Validation().Required(personKey, "person", MaxEmailLength).ThrowIfInvalid();
        await using var db = database.Create();
        var person = await FindVisibleAsync(db, personKey, cancellationToken);
        if (!person.Grants.All(g => Manages(g.ToGrant())))
        {
            throw new PermissionDeniedException(
                "The person holds grants the caller does not manage: remove the caller's own grants of theirs with ChangeGrants instead.");
        }

        db.People.Remove(person);
        Audit(db, AuditActions.PersonRemoved, person.Id, [.. person.Grants.Select(g => g.ToGrant())], clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        LogRemoved(person.Id, Caller.Subject);
    }

    /// <summary>
    /// Adds the change's audit entry to its unit of work: the person by id, the grants given or taken (roles and
    /// scopes, no personal data), and the municipality or partnership when the grants concern exactly one.
    /// </summary>
    private void Audit(PlatformDbContext db, AuditAction action, Guid personId, IReadOnlyList<RoleGrant> grants, DateTimeOffset now)
    {
        string? Single(GrantScopeKind kind) =>
            grants.Where(g => g.ScopeKind == kind).Select(g => g.ScopeId).Distinct(StringComparer.Ordinal).ToList() is [var only] ? only : null;
        AuditEntries.Add(db, Caller, now, action, Single(GrantScopeKind.Municipality), Single(GrantScopeKind.Partnership),
            personId.ToString("D"), string.Join(' ', grants));
    }

    /// <summary>Whether the caller may give or take away <paramref name="grant"/>.</summary>
    public bool Manages(RoleGrant grant) => Caller.IsAdmin || grant switch
    {
        { ScopeKind: GrantScopeKind.Municipality, Role: PlatformRole.MunicipalityCoordinator or PlatformRole.MunicipalityMember or PlatformRole.Viewer } =>
            Caller.Grants.Contains(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, grant.ScopeId)),
        { ScopeKind: GrantScopeKind.Partnership, Role: PlatformRole.PartnershipStaff or PlatformRole.Viewer } =>
            Caller.Grants.Contains(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, grant.ScopeId)),
        _ => false,
    };

    internal static string NormaliseEmail(string email) => email.Trim().ToLowerInvariant();

    private static bool IsEmail(string email) =>
        email.Length is > 0 and <= MaxEmailLength && MailAddress.TryCreate(email, out var address) && address.Address == email;

    private static List<RoleGrant> ParseGrants(IReadOnlyList<string> texts, string field, Validation validation)
    {
        var grants = new List<RoleGrant>();
        foreach (var text in texts)
        {
            if (RoleGrant.TryParse(text.Trim(), out var grant))
            {
                grants.Add(grant);
            }
            else
            {
                validation.Check(false, field, $"'{text}' is not a grant; use e.g. admin, staff@partnership:ID, coordinator@municipality:0183, " +
                    "member@municipality:0183, viewer@municipality:0183 or viewer@partnership:ID");
            }
        }

        return grants;
    }

    private void RequireAnyManagedScope()
    {
        if (!Caller.IsAdmin && ManagedScopes(PlatformRole.MunicipalityCoordinator).Count == 0 && ManagedScopes(PlatformRole.PartnershipStaff).Count == 0)
        {
            throw new PermissionDeniedException("Only administrators, coordinators and partnership staff manage people.");
        }
    }

    private List<string> ManagedScopes(PlatformRole role) =>
        [.. Caller.Grants.Where(g => g.Role == role).Select(g => g.ScopeId).Distinct(StringComparer.Ordinal)];

    private void RequireManaged(IEnumerable<RoleGrant> grants)
    {
        var refused = grants.Where(grant => !Manages(grant)).ToList();
        if (refused.Count > 0)
        {
            throw new PermissionDeniedException(
                $"The caller may not give or take away {string.Join(", ", refused)}: a coordinator manages the coordinator, member and viewer " +
                "grants of their municipality, partnership staff the staff and viewer grants of their partnership, and administrators every grant.");
        }
    }

    /// <summary>The caller manages every grant, and each grant's municipality or partnership exists.</summary>
    private async Task RequireGrantableAsync(IReadOnlyList<RoleGrant> grants)
    {
        RequireManaged(grants);
        foreach (var grant in grants)
        {
            switch (grant.ScopeKind)
            {
                case GrantScopeKind.Municipality:
                    new Validation().MunicipalityCode(grant.ScopeId, "grants").ThrowIfInvalid();
                    if (await grains.GetGrain<IMunicipalityGrain>(grant.ScopeId).GetAsync() is null)
                    {
                        throw new NotFoundException($"Municipality {grant.ScopeId} is not onboarded.");
                    }

                    break;
                case GrantScopeKind.Partnership when await grains.GetGrain<IPartnershipGrain>(grant.ScopeId).GetAsync() is null:
                    throw new NotFoundException($"No partnership has the id '{grant.ScopeId}'.");
            }
        }
    }

    private static void AddGrants(PersonRecord person, IEnumerable<RoleGrant> grants, DateTimeOffset now)
    {
        foreach (var grant in grants.Distinct().Where(grant => !person.Grants.Any(held => held.ToGrant() == grant)))
        {
            person.Grants.Add(new PersonGrantRecord
            {
                PersonId = person.Id,
                Role = grant.Role,
                ScopeKind = grant.ScopeKind,
                ScopeId = grant.ScopeId,
                GrantedAt = now,
            });
        }
    }

    /// <summary>The person by id or e-mail address, if the caller manages a grant of theirs (administrators: any person).</summary>
    private async Task<PersonRecord> FindVisibleAsync(PlatformDbContext db, string personKey, CancellationToken cancellationToken)
    {
        RequireAnyManagedScope();
        var key = personKey.Trim();
        var email = NormaliseEmail(key);
        var person = Guid.TryParse(key, out var id)
            ? await db.People.Include(p => p.Grants).SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            : await db.People.Include(p => p.Grants).SingleOrDefaultAsync(p => p.Email == email, cancellationToken);
        return person is not null && (Caller.IsAdmin || person.Grants.Any(g => Manages(g.ToGrant())))
            ? person
            : throw new NotFoundException("No person with that id or e-mail address is among the people the caller manages.");
    }

    private PersonView View(PersonRecord person) => new(
        person.Id,
        person.Email,
        person.DisplayName,
        person.Status,
        person.CreatedAt,
        [.. person.Grants.Select(g => g.ToGrant()).Where(Manages).Select(g => g.ToString()).Order(StringComparer.Ordinal)]);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} invited by {Caller} with {Grants}; the link expires at {ExpiresAt}")]
    private partial void LogInvited(Guid personId, string caller, string grants, DateTimeOffset expiresAt);

    [LoggerMessage(LogLevel.Information, "Grants of person {PersonId} changed by {Caller}: added {Added}, removed {Removed}")]
    private partial void LogChanged(Guid personId, string caller, string added, string removed);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} removed by {Caller}")]
    private partial void LogRemoved(Guid personId, string caller);
}

internal sealed record PersonView(Guid Id, string Email, string? DisplayName, PersonStatus Status, DateTimeOffset CreatedAt, IReadOnlyList<string> Grants);

/// <summary>A person invited: their link to pass on, when it expires, and whether it was e-mailed to them as well.</summary>
internal sealed record Invitation(PersonView Person, Uri Link, DateTimeOffset ExpiresAt, bool Emailed);
