using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Platform.Host.Audit;
using Platform.Host.Persistence;
using Platform.Host.Persistence.Records;
using Platform.Host.Tenancy;
using Platform.Sdk.Audit;
using Platform.Sdk.Data;
using Platform.Sdk.Errors;

namespace Platform.Host.ServiceAccounts;

/// <summary>Adds, lists and revokes the service accounts of partner systems; platform administrators only.</summary>
internal sealed partial class ServiceAccountManagement(ModelContextFactory<PlatformDbContext> database, CallerContext caller, TimeProvider clock)
{
    public const int MaxNameLength = 64;
    public const int MaxDescriptionLength = 500;

    public async Task<ServiceAccountRecord> AddAsync(string name, string? description, CancellationToken cancellationToken)
    {
        caller.RequireAdmin();
        new Validation()
            .Check(name.Length <= MaxNameLength && NamePattern().IsMatch(name), "name",
                $"must be 1 to {MaxNameLength} lower-case letters a-z, digits and hyphens, starting with a letter or digit, e.g. \"centre-app\"")
            .MaxLength(description, "description", MaxDescriptionLength)
            .ThrowIfInvalid();
        await using var db = database.Create();
        var account = new ServiceAccountRecord { Id = Guid.NewGuid(), Name = name, Description = description, CreatedAt = clock.GetUtcNow() };
        db.ServiceAccounts.Add(account);
        AuditEntries.Add(db, caller.Caller, account.CreatedAt, AuditActions.ServiceAccountAdded, null, null, account.Id.ToString(), name);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            throw new AlreadyExistsException($"A service account named '{name}' exists already (revoked accounts keep their names); choose another name.");
        }

        return account;
    }

    public async Task<IReadOnlyList<ServiceAccountRecord>> ListAsync(CancellationToken cancellationToken)
    {
        caller.RequireAdmin();
        await using var db = database.Create();
        return await db.ServiceAccounts.AsNoTracking().OrderBy(a => a.Name).ToListAsync(cancellationToken);
    }

    /// <summary>Revokes the account named by id or name; an account revoked already stays as it was.</summary>
    public async Task<ServiceAccountRecord> RevokeAsync(string idOrName, CancellationToken cancellationToken)
    {
        caller.RequireAdmin();
        new Validation().Required(idOrName, "service_account", MaxNameLength).ThrowIfInvalid();
        await using var db = database.Create();
        var account = Guid.TryParse(idOrName, out var id)
            ? await db.ServiceAccounts.SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            : await db.ServiceAccounts.SingleOrDefaultAsync(a => a.Name == idOrName, cancellationToken);
        if (account is null)
        {
            throw new NotFoundException($"No service account has the id or name '{idOrName}'.");
        }

        if (account.RevokedAt is null)
        {
            account.RevokedAt = clock.GetUtcNow();
            AuditEntries.Add(db, caller.Caller, account.RevokedAt.Value, AuditActions.ServiceAccountRevoked, null, null, account.Id.ToString(), account.Name);
        }

        await db.SaveChangesAsync(cancellationToken);
        return account;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex NamePattern();
}
